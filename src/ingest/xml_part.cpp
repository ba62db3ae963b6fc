#include "ingest/xml_part.hpp"

#include "model/messages.hpp"
#include "model/input_error.hpp"

namespace clausecheck::ingest {

namespace {

std::string_view without_prefix(std::string_view name) {
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace

std::unique_ptr<pugi::xml_document> parse_part(const std::string& path, const std::string& part,
                                               std::string_view bytes) {
  auto doc = std::make_unique<pugi::xml_document>();
  // parse_doctype keeps a DOCTYPE as a node (never read as a DTD) so that it can be refused below.
  const pugi::xml_parse_result result =
      doc->load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_doctype);
  if (!result)
    throw InputError(path, msg(Msg::xml_broken, {part, std::to_string(result.offset), result.description()}));
  // Neither Office Open XML nor OFD allows a DTD: one in a part is a crafted file (an entity bomb), refused.
  for (pugi::xml_node n = doc->first_child(); n; n = n.next_sibling())
    if (n.type() == pugi::node_doctype) throw InputError(path, msg(Msg::xml_doctype, {part}));
  return doc;
}

std::string_view local_name(const pugi::xml_node& node) { return without_prefix(node.name()); }

pugi::xml_node child(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element && local_name(c) == local) return c;
  return {};
}

pugi::xml_attribute attribute(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute())
    if (without_prefix(a.name()) == local) return a;
  return {};
}

}  // namespace clausecheck::ingest
