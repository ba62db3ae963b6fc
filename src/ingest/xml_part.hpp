#pragma once
#include <memory>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace clausecheck::ingest {

// One XML part of a package (.docx, OFD), parsed with pugixml. pugixml never
// reads a DTD nor expands an entity it declares (&lol9; of a billion-laughs
// part stays as written), so a part costs memory linear in its size; a part
// with a DOCTYPE, which neither format allows, is refused all the same. A part
// that is not well-formed is an InputError naming the file, the part and the offset.
std::unique_ptr<pugi::xml_document> parse_part(const std::string& path, const std::string& part,
                                               std::string_view bytes);

// Element names without their namespace prefix (w:p → p, ofd:TextCode → TextCode):
// packages written by other tools bind other prefixes to the same namespaces.
std::string_view local_name(const pugi::xml_node& node);
// The first child element of that local name (an empty node if none).
pugi::xml_node child(const pugi::xml_node& node, std::string_view local);
// The attribute of that local name (w:val, val), empty if absent.
pugi::xml_attribute attribute(const pugi::xml_node& node, std::string_view local);

}  // namespace clausecheck::ingest
