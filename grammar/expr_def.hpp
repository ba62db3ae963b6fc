#pragma once
#include <boost/fusion/include/at_c.hpp>
#include <algorithm>
#include <boost/spirit/home/x3.hpp>
#include <limits>
#include <optional>

#include "grammar/expr.hpp"
#include "model/messages.hpp"
#include "text/utf8.hpp"

namespace clausecheck::expr::grammar {

namespace x3 = boost::spirit::x3;
using boost::fusion::at_c;
using x3::_attr;
using x3::_val;
using iterator_type = std::string_view::const_iterator;

// What the parse carries along in its context (x3::with, as the X3 examples
// carry their error handler): the text, for offsets and columns; how deep the
// parse is nested; the first expectation failure the error handler met.
struct ParseState {
  std::string_view text;
  int depth = 0;
  std::optional<SyntaxError> error;

  std::uint32_t offset(iterator_type at) const { return static_cast<std::uint32_t>(at - text.begin()); }

  // At `at`, past any spaces before it (an action's range starts before them).
  SyntaxError error_at(iterator_type at, const std::string& message) const {
    x3::parse(at, text.end(), *x3::ascii::space);
    const std::size_t column = 1 + text::code_point_count(std::string_view(text.begin(), at));
    return SyntaxError(offset(at), column, message);
  }
};
struct state_tag;

inline ParseState& state_of(const auto& context) { return x3::get<state_tag>(context).get(); }

// on_success of every rule that yields a node: the node is placed where the
// rule's match starts (past leading spaces), unless an inner rule placed it.
struct annotate_position {
  template <typename Context>
  void on_success(iterator_type const& first, iterator_type const&, ast::Ptr& node, Context const& context) const {
    node = ast::placed(node, state_of(context).offset(first));
  }
};

// on_error of the whole expression: the expectation failure is kept, the parse fails.
struct error_handler {
  template <typename Exception, typename Context>
  x3::error_handler_result on_error(iterator_type&, iterator_type const&, Exception const& x,
                                    Context const& context) const {
    ParseState& state = state_of(context);
    if (!state.error) state.error = state.error_at(x.where(), msg(Msg::expr_expected, {x.which()}));
    return x3::error_handler_result::fail;
  }
};

// nest[p]: p one level deeper; past kMaxDepth a SyntaxError where p starts, before recursing any further.
template <typename Subject>
struct nest_directive : x3::unary_parser<Subject, nest_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, nest_directive<Subject>>;
  static bool const is_pass_through_unary = true;
  static bool const handles_container = Subject::handles_container;
  constexpr nest_directive(Subject const& p) : base_type(p) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext, Attribute& attr) const {
    ParseState& state = state_of(context);
    if (state.depth >= kMaxDepth) throw state.error_at(first, msg(Msg::expr_too_deep, {std::to_string(kMaxDepth)}));
    ++state.depth;
    const bool ok = this->subject.parse(first, last, context, rcontext, attr);
    --state.depth;
    return ok;
  }
};
struct nest_gen {
  template <typename Subject>
  constexpr nest_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
      Subject const& subject) const {
    return {x3::as_parser(subject)};
  }
};
inline constexpr nest_gen nest{};

// build[p]: p's action builds the rule's value in _val. X3 gives a rule whose
// right side has an action no attribute in on_success; build says it has none,
// so the rule hands its attribute down (as _val) and its on_success can place the node.
template <typename Subject>
struct build_directive : x3::unary_parser<Subject, build_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, build_directive<Subject>>;
  using attribute_type = ast::Ptr;
  static bool const has_action = false;
  constexpr build_directive(Subject const& p) : base_type(p) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext, Attribute&) const {
    return this->subject.parse(first, last, context, rcontext, x3::unused);
  }
};
struct build_gen {
  template <typename Subject>
  constexpr build_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
      Subject const& subject) const {
    return {x3::as_parser(subject)};
  }
};
inline constexpr build_gen build{};

// Letters and digits are told in the ascii encoding, which rejects bytes above
// 0x7F first; the standard one hands UTF-8 bytes to std::isalpha as negative
// ints (an assertion, undefined behaviour without it; found by fuzz_expr).
// Keywords are whole words: `android` is a field name, not `and` + `roid`.
inline auto kw(const char* word) { return x3::lexeme[x3::lit(word) >> !(x3::ascii::alnum | '_')]; }

inline const auto assign = [](auto& ctx) { _val(ctx) = _attr(ctx); };

// operand (op operand)*: one chain node. `ops` the operators as parsed, or the one keyword of and/or.
inline const auto chain = [](auto& ctx) {
  auto& a = _attr(ctx);
  std::vector<ast::Ptr> operands{at_c<0>(a)};
  std::vector<std::string> ops;
  for (auto& step : at_c<1>(a)) {
    ops.push_back(at_c<0>(step));
    operands.push_back(at_c<1>(step));
  }
  _val(ctx) = ast::chain(std::move(operands), std::move(ops));
};
inline auto keyword_chain(const char* op) {
  return [op](auto& ctx) {
    auto& a = _attr(ctx);
    std::vector<ast::Ptr> operands{at_c<0>(a)};
    operands.insert(operands.end(), at_c<1>(a).begin(), at_c<1>(a).end());
    _val(ctx) = ast::chain(operands, std::vector<std::string>(operands.size() - 1, op));
  };
}

// Rule ids: every rule that yields a node places it; the whole expression's also keeps its first error.
struct date_class : annotate_position {};
struct duration_class : annotate_position {};
struct number_class : annotate_position {};
struct string_class : annotate_position {};
struct keyword_class : annotate_position {};
struct path_class : annotate_position {};
struct list_class : annotate_position {};
struct primary_class : annotate_position {};
struct unary_class : annotate_position {};
struct product_class : annotate_position {};
struct sum_class : annotate_position {};
struct comparison_class : annotate_position {};
struct negation_class : annotate_position {};
struct conjunction_class : annotate_position {};
struct expression_class : annotate_position {};
struct whole_class : annotate_position, error_handler {};

// Literals. A date must be tried before a number (2024-03-04 is not 2024),
// a duration before a number (2y is not 2).
const auto four = x3::uint_parser<int, 10, 4, 4>{};
const auto two = x3::uint_parser<int, 10, 1, 2>{};
const auto date_lit = x3::rule<date_class, ast::Ptr>{"date"} =
    build[x3::lexeme[four >> '-' >> two >> '-' >> two >> !x3::ascii::alnum][([](auto& ctx) {
      auto& a = _attr(ctx);
      _val(ctx) = ast::date(at_c<0>(a), at_c<1>(a), at_c<2>(a));
    })]];

// Parts are unsigned ints (3w-6w is 3w minus 6w, not one literal of -3 weeks),
// summed wide and refused past an int, so no count overflows (both found by
// fuzz_expr).
const auto duration_part = x3::uint_parser<int>{} >> x3::char_("ymwd");
const auto duration_lit = x3::rule<duration_class, ast::Ptr>{"duration"} =
    build[x3::lexeme[+duration_part >> !(x3::ascii::alnum | '_')][([](auto& ctx) {
      long long y = 0, m = 0, d = 0;
      for (auto& part : _attr(ctx)) {
        const long long n = at_c<0>(part);
        switch (at_c<1>(part)) {
          case 'y':
            y += n;
            break;
          case 'm':
            m += n;
            break;
          case 'w':
            d += 7 * n;
            break;
          default:
            d += n;
            break;
        }
      }
      constexpr long long most = std::numeric_limits<int>::max();
      x3::_pass(ctx) = y <= most && m <= most && d <= most;
      _val(ctx) = ast::duration(static_cast<int>(std::min(y, most)), static_cast<int>(std::min(m, most)),
                                static_cast<int>(std::min(d, most)));
    })]];

// No nan or inf: `nan` is a field name like any other; a number past double's range (1e999) does not parse.
struct finite_policies : x3::real_policies<double> {
  template <typename It, typename Attribute>
  static bool parse_nan(It&, It const&, Attribute&) {
    return false;
  }
  template <typename It, typename Attribute>
  static bool parse_inf(It&, It const&, Attribute&) {
    return false;
  }
};
const auto number_lit = x3::rule<number_class, ast::Ptr>{"number"} =
    build[x3::lexeme[x3::real_parser<double, finite_policies>{} >> !(x3::ascii::alpha | '_')]
                    [([](auto& ctx) { _val(ctx) = ast::number(_attr(ctx)); })]];

// Only \\ and \" are escapes; any other backslash stays, so an RE2 pattern
// reads as written: "\d{4}" is the pattern \d{4}, not d{4}.
const auto string_body = x3::rule<class string_body_class, std::string>{"string"} =
    x3::lexeme['"' >> *(('\\' >> x3::char_("\\\"")) | (x3::char_ - '"')) >> '"'];
const auto string_lit = x3::rule<string_class, ast::Ptr>{"string"} =
    build[string_body[([](auto& ctx) { _val(ctx) = ast::string(_attr(ctx)); })]];

inline auto keyword_node(const char* word) {
  return kw(word)[([word](auto& ctx) { _val(ctx) = ast::keyword(word); })];
}
const auto keyword_lit = x3::rule<keyword_class, ast::Ptr>{"keyword"} =
    build[keyword_node("true") | keyword_node("false") | keyword_node("null")];

const auto identifier = x3::lexeme[(x3::ascii::alpha | x3::char_('_')) >> *(x3::ascii::alnum | x3::char_('_'))];
const auto path_lit = x3::rule<path_class, ast::Ptr>{"field name"} =
    build[x3::raw[x3::lexeme[identifier >> *('.' >> identifier)]]
                 [([](auto& ctx) { _val(ctx) = ast::path(std::string(_attr(ctx).begin(), _attr(ctx).end())); })]];

x3::rule<expression_class, ast::Ptr> const expression = "expression";
const auto list_lit = x3::rule<list_class, ast::Ptr>{"list"} =
    build[(('[' >> -(nest[expression] % ',')) > ']')[([](auto& ctx) {
      std::vector<ast::Ptr> items;
      if (_attr(ctx)) items = *_attr(ctx);
      _val(ctx) = ast::list(std::move(items));
    })]];

const auto primary = x3::rule<primary_class, ast::Ptr>{"value"} = date_lit | duration_lit | number_lit | string_lit |
                                                                  keyword_lit | list_lit | path_lit |
                                                                  ('(' > nest[expression] > ')');

x3::rule<unary_class, ast::Ptr> const unary = "value";
const auto unary_def =
    build[('-' > nest[unary])[([](auto& ctx) { _val(ctx) = ast::unary("-", _attr(ctx)); })] | primary[assign]];

// Operators as rules with a string attribute, so the alternatives give one std::string.
const auto product_op = x3::rule<class product_op_class, std::string>{"operator"} = x3::string("*") | x3::string("/");
const auto sum_op = x3::rule<class sum_op_class, std::string>{"operator"} = x3::string("+") | x3::string("-");
const auto product = x3::rule<product_class, ast::Ptr>{"product"} = build[(unary >> *(product_op > unary))[chain]];
const auto sum = x3::rule<sum_class, ast::Ptr>{"sum"} = build[(product >> *(sum_op > product))[chain]];

// Longest operators first so `<=` is not read as `<`.
const auto comparator = x3::rule<class comparator_class, std::string>{"comparison operator"} =
    x3::string("==") | x3::string("!=") | x3::string("<=") | x3::string(">=") | x3::string("<") | x3::string(">") |
    x3::lexeme[x3::string("in") >> !(x3::ascii::alnum | '_')] |
    x3::lexeme[x3::string("matches") >> !(x3::ascii::alnum | '_')];
const auto comparison = x3::rule<comparison_class, ast::Ptr>{"comparison"} =
    build[sum[assign] >> -(comparator > sum)[([](auto& ctx) {
            _val(ctx) = ast::chain({_val(ctx), at_c<1>(_attr(ctx))}, {at_c<0>(_attr(ctx))});
          })]];

x3::rule<negation_class, ast::Ptr> const negation = "negation";
const auto negation_def =
    build[(kw("not") > nest[negation])[([](auto& ctx) { _val(ctx) = ast::unary("not", _attr(ctx)); })] |
          comparison[assign]];

const auto conjunction = x3::rule<conjunction_class, ast::Ptr>{"conjunction"} =
    build[(negation >> *(kw("and") > negation))[keyword_chain("and")]];
const auto expression_def = build[(conjunction >> *(kw("or") > conjunction))[keyword_chain("or")]];

BOOST_SPIRIT_DEFINE(expression, unary, negation)

// The expression as the whole input: its rule id reports expectation failures.
const auto whole = x3::rule<whole_class, ast::Ptr>{"expression"} = expression;

}  // namespace clausecheck::expr::grammar
