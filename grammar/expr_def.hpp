#pragma once
#include <boost/fusion/include/at_c.hpp>
#include <algorithm>
#include <limits>

#include "grammar/expr.hpp"

namespace clausecheck::expr::grammar {

namespace x3 = boost::spirit::x3;
using boost::fusion::at_c;
using x3::_attr;
using x3::_val;

// Letters and digits are told in the ascii encoding, which rejects bytes above
// 0x7F first; the standard one hands UTF-8 bytes to std::isalpha as negative
// ints (an assertion, undefined behaviour without it; found by fuzz_expr).
// Keywords are whole words: `android` is a field name, not `and` + `roid`.
inline auto kw(const char* word) { return x3::lexeme[x3::lit(word) >> !(x3::ascii::alnum | '_')]; }

inline const auto assign = [](auto& ctx) { _val(ctx) = _attr(ctx); };
inline const auto fold = [](const char* op) {
  return [op](auto& ctx) { _val(ctx) = ast::binary(op, _val(ctx), _attr(ctx)); };
};
inline const auto fold_op = [](auto& ctx) {
  _val(ctx) = ast::binary(at_c<0>(_attr(ctx)), _val(ctx), at_c<1>(_attr(ctx)));
};

// Literals. A date must be tried before a number (2024-03-04 is not 2024),
// a duration before a number (2y is not 2).
const auto four = x3::uint_parser<int, 10, 4, 4>{};
const auto two = x3::uint_parser<int, 10, 1, 2>{};
const auto date_lit = x3::rule<class date_class, ast::Ptr>{"date"} =
    x3::lexeme[four >> '-' >> two >> '-' >> two >> !x3::ascii::alnum]
              [([](auto& ctx) { auto& a = _attr(ctx); _val(ctx) = ast::date(at_c<0>(a), at_c<1>(a), at_c<2>(a)); })];

// Parts are unsigned ints (3w-6w is 3w minus 6w, not one literal of -3 weeks),
// summed wide and refused past an int, so no count overflows (both found by
// fuzz_expr).
const auto duration_part = x3::uint_parser<int>{} >> x3::char_("ymwd");
const auto duration_lit = x3::rule<class duration_class, ast::Ptr>{"duration"} =
    x3::lexeme[+duration_part >> !(x3::ascii::alnum | '_')][([](auto& ctx) {
      long long y = 0, m = 0, d = 0;
      for (auto& part : _attr(ctx)) {
        const long long n = at_c<0>(part);
        switch (at_c<1>(part)) {
          case 'y': y += n; break;
          case 'm': m += n; break;
          case 'w': d += 7 * n; break;
          default: d += n; break;
        }
      }
      constexpr long long most = std::numeric_limits<int>::max();
      x3::_pass(ctx) = y <= most && m <= most && d <= most;
      _val(ctx) = ast::duration(static_cast<int>(std::min(y, most)), static_cast<int>(std::min(m, most)),
                                static_cast<int>(std::min(d, most)));
    })];

const auto number_lit = x3::rule<class number_class, ast::Ptr>{"number"} =
    x3::lexeme[x3::double_ >> !(x3::ascii::alpha | '_')][([](auto& ctx) { _val(ctx) = ast::number(_attr(ctx)); })];

const auto string_body = x3::rule<class string_body_class, std::string>{"string"} =
    x3::lexeme['"' >> *(('\\' >> x3::char_) | (x3::char_ - '"')) >> '"'];
const auto string_lit = x3::rule<class string_class, ast::Ptr>{"string"} =
    string_body
              [([](auto& ctx) { _val(ctx) = ast::string(_attr(ctx)); })];

inline auto keyword_node(const char* word) {
  return kw(word)[([word](auto& ctx) { _val(ctx) = ast::keyword(word); })];
}
const auto keyword_lit = x3::rule<class keyword_class, ast::Ptr>{"keyword"} =
    keyword_node("true") | keyword_node("false") | keyword_node("null");

const auto identifier = x3::lexeme[(x3::ascii::alpha | x3::char_('_')) >> *(x3::ascii::alnum | x3::char_('_'))];
const auto path_lit = x3::rule<class path_class, ast::Ptr>{"field name"} =
    x3::raw[x3::lexeme[identifier >> *('.' >> identifier)]]
           [([](auto& ctx) { _val(ctx) = ast::path(std::string(_attr(ctx).begin(), _attr(ctx).end())); })];

expression_type const expression = "expression";
const auto list_lit = x3::rule<class list_class, ast::Ptr>{"list"} =
    ('[' >> -(expression % ',') > ']')[([](auto& ctx) {
      std::vector<ast::Ptr> items;
      if (_attr(ctx)) items = *_attr(ctx);
      _val(ctx) = ast::list(std::move(items));
    })];

const auto primary = x3::rule<class primary_class, ast::Ptr>{"value"} =
    date_lit | duration_lit | number_lit | string_lit | keyword_lit | list_lit | path_lit |
    ('(' > expression > ')');

x3::rule<class unary_class, ast::Ptr> const unary = "value";
const auto unary_def = ('-' > unary)[([](auto& ctx) { _val(ctx) = ast::unary("-", _attr(ctx)); })] | primary[assign];

// Operators as rules with a string attribute, so the alternatives give one std::string.
const auto product_op = x3::rule<class product_op_class, std::string>{"operator"} = x3::string("*") | x3::string("/");
const auto sum_op = x3::rule<class sum_op_class, std::string>{"operator"} = x3::string("+") | x3::string("-");
const auto product = x3::rule<class product_class, ast::Ptr>{"product"} =
    unary[assign] >> *(product_op > unary)[fold_op];
const auto sum = x3::rule<class sum_class, ast::Ptr>{"sum"} =
    product[assign] >> *(sum_op > product)[fold_op];

// Longest operators first so `<=` is not read as `<`.
const auto comparator = x3::rule<class comparator_class, std::string>{"comparison operator"} = x3::string("==") | x3::string("!=") | x3::string("<=") | x3::string(">=") |
                        x3::string("<") | x3::string(">") | x3::lexeme[x3::string("in") >> !(x3::ascii::alnum | '_')] |
                        x3::lexeme[x3::string("matches") >> !(x3::ascii::alnum | '_')];
const auto comparison = x3::rule<class comparison_class, ast::Ptr>{"comparison"} =
    sum[assign] >> -(comparator > sum)[fold_op];

x3::rule<class negation_class, ast::Ptr> const negation = "negation";
const auto negation_def = (kw("not") > negation)[([](auto& ctx) { _val(ctx) = ast::unary("not", _attr(ctx)); })] |
                          comparison[assign];

const auto conjunction = x3::rule<class conjunction_class, ast::Ptr>{"conjunction"} =
    negation[assign] >> *(kw("and") > negation)[fold("and")];
const auto expression_def = conjunction[assign] >> *(kw("or") > conjunction)[fold("or")];

BOOST_SPIRIT_DEFINE(expression, unary, negation)

}  // namespace clausecheck::expr::grammar
