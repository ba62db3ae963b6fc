#include "diff/clause_align.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "text/code_points.hpp"
#include "diff/covering.hpp"
#include "diff/edit_script.hpp"
#include "diff/fact_changes.hpp"
#include "diff/redline.hpp"
#include "diff/similarity.hpp"
#include "model/model_json.hpp"

namespace clausecheck::diff {

namespace {

// One clause of a tree flattened in pre-order.
struct Flat {
  const Clause* clause = nullptr;
  int parent = -1;      // index in the same flat list, -1 at the top
  std::string path;     // 二/（五）
  std::u32string text;  // heading and body, whitespace removed: what is compared
  std::size_t hash = 0;
  std::uint32_t text_id = 0;  // equal for equal texts, on both sides (number_texts)
};

void flatten(const std::vector<Clause>& clauses, int parent, std::vector<const Clause*>& chain,
             std::vector<Flat>& out) {
  for (const Clause& c : clauses) {
    chain.push_back(&c);
    Flat f;
    f.clause = &c;
    f.parent = parent;
    f.path = clause_path(chain);
    f.text = text::comparable_text(own_text(c));
    f.hash = std::hash<std::u32string>{}(f.text);
    out.push_back(std::move(f));
    flatten(c.children, static_cast<int>(out.size()) - 1, chain, out);
    chain.pop_back();
  }
}

bool is_statute_unit(NumberStyle s) {
  return s == NumberStyle::part || s == NumberStyle::chapter || s == NumberStyle::section || s == NumberStyle::article;
}

// Two clauses may be one clause in two versions when they are the same kind of
// unit: an article stays an article when a revision adds, removes or
// regroups the chapters above it (its depth changes, 行政复议法 2017 → 2023);
// list items at the same depth may change their numbering style (一、 → （一）).
bool comparable(const Clause& a, const Clause& b) {
  const NumberStyle x = a.number.style, y = b.number.style;
  if (is_statute_unit(x) || is_statute_unit(y)) return x == y;
  return x == y || a.level == b.level;
}

// The kNear nearest paired neighbours of side[x] of its kind one way (step -1
// or 1), at most kReach clauses off: fn(neighbour, its partner) for each. A
// split or merge stays where it was, so where they went tells where x went;
// the bounds keep the work linear. Returns how many it found.
constexpr int kNear = 4, kReach = 256;
template <typename Fn>
int walk_paired_neighbours(const std::vector<Flat>& side, const std::vector<int>& partner, std::size_t x, int step,
                           Fn&& fn) {
  int found = 0;
  for (int y = static_cast<int>(x) + step, walked = 0;
       y >= 0 && y < static_cast<int>(side.size()) && found < kNear && walked < kReach; y += step, ++walked) {
    const auto yy = static_cast<std::size_t>(y);
    if (partner[yy] < 0 || !comparable(*side[yy].clause, *side[x].clause)) continue;
    ++found;
    fn(yy, static_cast<std::size_t>(partner[yy]));
  }
  return found;
}

bool same_content(const Flat& a, const Flat& b) { return a.text_id == b.text_id && comparable(*a.clause, *b.clause); }

// dtl compares flat indices through this, looking the clauses up. It calls
// it with (old, new) even when it swapped the sequences internally.
struct ContentEqual {
  const std::vector<Flat>* old_flat = nullptr;
  const std::vector<Flat>* new_flat = nullptr;
  bool impl(const std::size_t& a, const std::size_t& b) const { return same_content((*old_flat)[a], (*new_flat)[b]); }
};

// The clause of the other version an unpaired clause is a piece of (split
// off from it, or merged into it), and the share of its text found there.
struct Piece {
  int clause = -1;  // flat index on the other side, -1 when none
  double share = 0;
  bool item = false;  // found in one of the clause's items
};

// The bigram sets of one side's clauses, made when first asked for: the
// passes after the first similarity pass compare few pairs, and a clause's set
// serves them all.
class BigramSets {
 public:
  explicit BigramSets(const std::vector<Flat>& flat) : flat_(flat) {}
  const std::vector<std::uint64_t>& of(std::size_t k) {
    if (sets_.size() != flat_.size()) sets_.resize(flat_.size());  // the side is flattened after construction
    if (!sets_[k]) sets_[k] = bigram_set(flat_[k].text);
    return *sets_[k];
  }

 private:
  const std::vector<Flat>& flat_;
  std::vector<std::optional<std::vector<std::uint64_t>>> sets_;
};

class Aligner {
 public:
  Aligner(const std::vector<Clause>& old_clauses, const std::vector<Clause>& new_clauses, const AlignOptions& options)
      : options_(options) {
    std::vector<const Clause*> chain;
    flatten(old_clauses, -1, chain, old_);
    flatten(new_clauses, -1, chain, new_);
    number_texts();
    old_to_new_.assign(old_.size(), -1);
    new_to_old_.assign(new_.size(), -1);
  }
  Aligner(const Aligner&) = delete;
  Aligner& operator=(const Aligner&) = delete;

  std::vector<ClauseChange> run() {
    pair_in_order();
    pair_equal_texts();
    pair_similar();
    pair_in_gaps();
    find_items_of_others();
    pair_covering();
    split_from_ = pieces(new_, new_to_old_, old_, old_to_new_, new_bigrams_, old_bigrams_, false);
    merged_into_ = pieces(old_, old_to_new_, new_, new_to_old_, old_bigrams_, new_bigrams_, true);
    add_pieces_sharing_wording(new_, new_to_old_, old_, new_bigrams_, old_bigrams_, split_from_);
    add_pieces_sharing_wording(old_, old_to_new_, new_, old_bigrams_, new_bigrams_, merged_into_);
    add_pieces_by_paragraph(new_, new_to_old_, old_, new_bigrams_, split_from_);
    add_pieces_by_paragraph(old_, old_to_new_, new_, old_bigrams_, merged_into_);
    split_pieces_ = pieces_by_clause(split_from_, old_.size());
    merged_pieces_ = pieces_by_clause(merged_into_, new_.size());
    const std::vector<bool> moved = find_moved();
    return changes(moved);
  }

 private:
  // One number per distinct text, so that comparing two clauses' texts is
  // comparing two numbers: the edit script of pair_in_order compares clauses
  // again and again (two documents of thousands of alike articles: half of
  // its time went to comparing their texts character by character).
  void number_texts() {
    std::unordered_map<std::u32string_view, std::uint32_t> ids;
    for (std::vector<Flat>* side : {&old_, &new_})
      for (Flat& f : *side) f.text_id = ids.emplace(f.text, static_cast<std::uint32_t>(ids.size())).first->second;
  }

  void link(std::size_t i, std::size_t j) {
    old_to_new_[i] = static_cast<int>(j);
    new_to_old_[j] = static_cast<int>(i);
  }

  // Clauses whose text occurs only on one side can never be common, so dtl
  // sees only the others (as GNU diff discards unmatched lines): on unrelated
  // inputs it then has next to nothing to do.
  void pair_in_order() {
    std::unordered_set<std::size_t> old_hashes, new_hashes;
    for (const Flat& f : old_) old_hashes.insert(f.hash);
    for (const Flat& f : new_) new_hashes.insert(f.hash);
    std::vector<std::size_t> a, b;  // flat indices, which the comparator looks up
    for (std::size_t i = 0; i < old_.size(); ++i)
      if (new_hashes.count(old_[i].hash)) a.push_back(i);
    for (std::size_t j = 0; j < new_.size(); ++j)
      if (old_hashes.count(new_[j].hash)) b.push_back(j);
    if (a.empty() || b.empty()) return;
    std::size_t k = 0, l = 0;
    for (Edit e : edit_script(a, b, ContentEqual{&old_, &new_})) {
      if (e == Edit::common) link(a[k++], b[l++]);
      else if (e == Edit::deleted) ++k;
      else ++l;
    }
  }

  void pair_equal_texts() {
    std::unordered_multimap<std::size_t, std::size_t> unpaired_old;
    for (std::size_t i = 0; i < old_.size(); ++i)
      if (old_to_new_[i] < 0) unpaired_old.emplace(old_[i].hash, i);
    for (std::size_t j = 0; j < new_.size(); ++j) {
      if (new_to_old_[j] >= 0) continue;
      auto [from, to] = unpaired_old.equal_range(new_[j].hash);
      for (auto it = from; it != to; ++it) {
        if (!same_content(old_[it->second], new_[j])) continue;
        link(it->second, j);
        unpaired_old.erase(it);
        break;
      }
    }
  }

  void pair_similar() {
    std::vector<std::size_t> olds, news;
    for (std::size_t i = 0; i < old_.size(); ++i)
      if (old_to_new_[i] < 0) olds.push_back(i);
    for (std::size_t j = 0; j < new_.size(); ++j)
      if (new_to_old_[j] < 0) news.push_back(j);
    if (olds.empty() || news.empty()) return;
    std::vector<Sketch> old_sketches, new_sketches;
    old_sketches.reserve(olds.size());
    new_sketches.reserve(news.size());
    for (std::size_t i : olds) old_sketches.push_back(sketch_of(old_bigrams_.of(i)));
    for (std::size_t j : news) new_sketches.push_back(sketch_of(new_bigrams_.of(j)));

    struct Candidate {
      double score;
      double distance;  // of relative positions, to prefer the nearer of equal scores
      std::size_t i, j;
    };
    std::vector<Candidate> candidates;
    for (std::size_t a = 0; a < olds.size(); ++a) {
      const auto [first, last] = window(a, olds.size(), news.size());
      for (std::size_t b = first; b < last; ++b) {
        if (!comparable(*old_[olds[a]].clause, *new_[news[b]].clause)) continue;
        if (!may_reach(old_sketches[a], new_sketches[b], options_.threshold)) continue;
        const double s = similarity(old_bigrams_.of(olds[a]), new_bigrams_.of(news[b]));
        if (s < options_.threshold) continue;
        const double d = std::abs(static_cast<double>(olds[a]) / static_cast<double>(old_.size()) -
                                  static_cast<double>(news[b]) / static_cast<double>(new_.size()));
        candidates.push_back({s, d, olds[a], news[b]});
      }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
      return std::tie(y.score, x.distance, x.i, x.j) < std::tie(x.score, y.distance, y.i, y.j);
    });
    for (const Candidate& c : candidates) {
      if (old_to_new_[c.i] >= 0 || new_to_old_[c.j] >= 0) continue;
      link(c.i, c.j);
      similarity_[c.j] = c.score;
    }
  }

  // A clause rewritten in place (a revision that keeps the article's subject
  // and number but words it anew) falls below the threshold, yet its
  // neighbours tell where it went: the unpaired old clauses between two pairs
  // and the unpaired new ones between the same two pairs' partners pair in
  // order, by the order-keeping assignment of most total similarity, each pair
  // at least kGapFloor similar. Gaps of more than kGapMax clauses a side are
  // left as they are, so that the work stays linear.
  static constexpr double kGapConfirmed = 0.3;
  static constexpr double kCover = 0.3;  // the share of an article covering pairs it by

  void pair_in_gaps() {
    std::vector<std::size_t> olds;
    int prev_new = -1;  // the partner of the last paired old clause
    for (std::size_t i = 0; i <= old_.size(); ++i) {
      if (i < old_.size() && old_to_new_[i] < 0) {
        olds.push_back(i);
        continue;
      }
      const int next_new = i < old_.size() ? old_to_new_[i] : static_cast<int>(new_.size());
      if (!olds.empty() && next_new > prev_new + 1) {
        std::vector<std::size_t> news;
        for (int j = prev_new + 1; j < next_new; ++j)
          if (new_to_old_[static_cast<std::size_t>(j)] < 0) news.push_back(static_cast<std::size_t>(j));
        pair_gap(olds, news);
      }
      olds.clear();
      if (i < old_.size()) prev_new = std::max(prev_new, next_new);
    }
  }

  // An old article that became an item of another article (反间谍法
  // 第二十九条 → 第六十条 (二)) is a piece merged into it. It is not paired
  // elsewhere: covering does not look for it (第五十四条's penalty words cover
  // 0.37 of it), and a weak gap pair (below kGapConfirmed) it was given by
  // its place alone (第五十八条, 0.20) is undone, the item holding more of it.
  void find_items_of_others() {
    std::vector<std::pair<std::size_t, std::size_t>> weak;
    for (std::size_t i : weak_) {
      weak.emplace_back(i, static_cast<std::size_t>(old_to_new_[i]));
      new_to_old_[weak.back().second] = -1;
      old_to_new_[i] = -1;
    }
    merged_into_ = pieces(old_, old_to_new_, new_, new_to_old_, old_bigrams_, new_bigrams_, true);
    for (const auto& [i, j] : weak) {
      if (merged_into_[i].item) {
        similarity_.erase(j);
        continue;
      }
      link(i, j);
      merged_into_[i] = {};
    }
  }

  void pair_gap(const std::vector<std::size_t>& olds, const std::vector<std::size_t>& news) {
    constexpr std::size_t kGapMax = 64;
    constexpr double kGapFloor = 0.2;
    if (news.empty() || olds.size() > kGapMax || news.size() > kGapMax) return;
    const std::size_t n = olds.size(), m = news.size();
    std::vector<double> sim(n * m, -1.0);  // -1: may not pair
    for (std::size_t a = 0; a < n; ++a) {
      for (std::size_t b = 0; b < m; ++b) {
        if (!comparable(*old_[olds[a]].clause, *new_[news[b]].clause)) continue;
        const double s = similarity(old_bigrams_.of(olds[a]), new_bigrams_.of(news[b]));
        if (s >= kGapFloor) sim[a * m + b] = s;
      }
    }
    // best[a][b]: most total similarity of the first a old and b new clauses.
    std::vector<double> best((n + 1) * (m + 1), 0.0);
    const auto at = [m](std::size_t a, std::size_t b) { return a * (m + 1) + b; };
    for (std::size_t a = 1; a <= n; ++a)
      for (std::size_t b = 1; b <= m; ++b) {
        double v = std::max(best[at(a - 1, b)], best[at(a, b - 1)]);
        const double s = sim[(a - 1) * m + (b - 1)];
        if (s >= 0) v = std::max(v, best[at(a - 1, b - 1)] + s);
        best[at(a, b)] = v;
      }
    for (std::size_t a = n, b = m; a > 0 && b > 0;) {
      const double s = sim[(a - 1) * m + (b - 1)];
      if (s >= 0 && best[at(a, b)] == best[at(a - 1, b - 1)] + s) {
        link(olds[a - 1], news[b - 1]);
        similarity_[news[b - 1]] = s;
        if (s < kGapConfirmed) weak_.push_back(olds[a - 1]);
        --a, --b;
      } else if (best[at(a, b)] == best[at(a - 1, b)]) {
        --a;
      } else {
        --b;
      }
    }
  }

  // An article a revision moved, grew or cut down to a part (行政复议法 2017 →
  // 2023: 第二十四条 gained a paragraph and went to another chapter; 第十七条
  // gained seven items) is below every similarity bar, and its neighbours no
  // longer surround it. It is found by covering: the share of its text, rare
  // words weighing most (RarityWeights), found in an unpaired article of the
  // other version, items included. Near: in either direction, among the
  // clauses its kNear nearest paired neighbours went to. Far (a move to
  // another chapter, 第三十条 → 第二十三条): articles anywhere, but only the
  // old text found in the new counts, a new text found in an old one being
  // too weak a sign so far away; every pair when at most kFar articles of
  // each side are left unpaired, else the few that share the most rare
  // bigrams (rare_bigram_candidates), so that the work stays linear; and only
  // when at most half the old ones are left, so that two unrelated laws are
  // not taken for versions of one. Pairs that are each other's best and
  // reach kCover (kFarCover among the candidates of a long law) are made.
  void pair_covering() {
    constexpr std::size_t kFar = 128;
    std::vector<std::size_t> olds, news;
    std::size_t old_articles = 0;
    for (std::size_t i = 0; i < old_.size(); ++i) {
      old_articles += coverable(*old_[i].clause);
      if (old_to_new_[i] < 0 && coverable(*old_[i].clause) && !merged_into_[i].item) olds.push_back(i);
    }
    for (std::size_t j = 0; j < new_.size(); ++j)
      if (new_to_old_[j] < 0 && coverable(*new_[j].clause)) news.push_back(j);
    if (olds.empty() || news.empty()) return;
    // Where each unpaired old article may have gone; nothing to do, and no
    // weights to make, when that is nowhere (two unrelated laws).
    std::vector<std::pair<std::size_t, std::size_t>> reach(olds.size());
    bool anywhere = false;
    for (std::size_t k = 0; k < olds.size(); ++k) {
      reach[k] = neighbours_reach(olds[k]);
      anywhere |= reach[k].first < reach[k].second;
    }
    const bool far_possible = 2 * olds.size() <= old_articles;
    if (!anywhere && !far_possible) return;
    const RarityWeights& rarity = rarity_weights();
    // The articles that take part, with their items, and their bigrams' weights: made once each, when first asked.
    std::vector<std::optional<Covered>> old_cover(old_.size()), new_cover(new_.size());
    const auto of_old = [&](std::size_t i) -> const Covered& {
      if (!old_cover[i]) old_cover[i] = covered(old_, old_bigrams_, rarity, i);
      return *old_cover[i];
    };
    const auto of_new = [&](std::size_t j) -> const Covered& {
      if (!new_cover[j]) new_cover[j] = covered(new_, new_bigrams_, rarity, j);
      return *new_cover[j];
    };
    const auto share = [](const Covered& x, const Covered& z) { return contained(x.bigrams, x.weights, z.bigrams); };

    std::vector<Cover> near;
    for (std::size_t k = 0; k < olds.size(); ++k) {
      const std::size_t i = olds[k];
      for (std::size_t j = reach[k].first; j < reach[k].second; ++j) {
        if (new_to_old_[j] >= 0 || !coverable(*new_[j].clause)) continue;
        near.push_back({std::max(share(of_old(i), of_new(j)), share(of_new(j), of_old(i))), i, j});
      }
    }
    link_mutual_best(near, kCover);
    std::erase_if(olds, [&](std::size_t i) { return old_to_new_[i] >= 0; });
    std::erase_if(news, [&](std::size_t j) { return new_to_old_[j] >= 0; });
    if (2 * olds.size() > old_articles) return;
    std::vector<Cover> far;
    if (olds.size() <= kFar && news.size() <= kFar) {
      for (std::size_t i : olds)
        for (std::size_t j : news) far.push_back({share(of_old(i), of_new(j)), i, j});
      link_mutual_best(far, kCover);
      return;
    }
    // Among hundreds of unpaired articles, a third of an article's rare
    // words turn up somewhere by chance (人民检察院刑事诉讼规则 第七百零六条 →
    // 第十二条, 0.33; the move to the 附则 第三十二条 → 第六百八十二条 is 0.67).
    constexpr double kFarCover = 0.5;
    for (const auto& [i, j] : rare_bigram_candidates(olds, news, of_old, of_new))
      far.push_back({share(of_old(i), of_new(j)), i, j});
    link_mutual_best(far, kFarCover);
  }

  // In a long document (人民检察院刑事诉讼规则: 708 → 684 articles, 第三十二条
  // moved to the 附则) comparing every unpaired old article with every
  // unpaired new one is quadratic; each old article is compared only with the
  // kCandidates new ones that hold most of its kRare rarest bigrams, a bigram
  // held by more than kPosting new articles being too common to point
  // anywhere. Linear: an inverted index of the new articles' bigrams.
  template <class OfOld, class OfNew>
  static std::vector<std::pair<std::size_t, std::size_t>> rare_bigram_candidates(const std::vector<std::size_t>& olds,
                                                                                 const std::vector<std::size_t>& news,
                                                                                 OfOld& of_old, OfNew& of_new) {
    constexpr std::size_t kRare = 16, kPosting = 16, kCandidates = 8;
    std::vector<std::pair<std::uint64_t, std::size_t>> index;  // (bigram, new index), sorted
    for (std::size_t j : news)
      for (std::uint64_t b : of_new(j).bigrams) index.emplace_back(b, j);
    std::sort(index.begin(), index.end());
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::vector<std::size_t> order, hits;
    for (std::size_t i : olds) {
      const auto& c = of_old(i);
      order.resize(c.bigrams.size());
      for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
      const std::size_t rare = std::min(kRare, order.size());
      std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(rare), order.end(),
                        [&c](std::size_t x, std::size_t y) { return c.weights[x] > c.weights[y]; });
      hits.clear();
      for (std::size_t k = 0; k < rare; ++k) {
        const std::uint64_t b = c.bigrams[order[k]];
        const auto from = std::lower_bound(index.begin(), index.end(), std::make_pair(b, std::size_t{0}));
        auto to = from;
        while (to != index.end() && to->first == b && to - from <= static_cast<std::ptrdiff_t>(kPosting)) ++to;
        if (to - from > static_cast<std::ptrdiff_t>(kPosting)) continue;
        for (auto it = from; it != to; ++it) hits.push_back(it->second);
      }
      // The new articles by number of hits, most first.
      std::sort(hits.begin(), hits.end());
      std::vector<std::pair<std::size_t, std::size_t>> counted;  // (hits, new index)
      for (std::size_t k = 0; k < hits.size();) {
        std::size_t end = k;
        while (end < hits.size() && hits[end] == hits[k]) ++end;
        counted.emplace_back(end - k, hits[k]);
        k = end;
      }
      const std::size_t keep = std::min(kCandidates, counted.size());
      std::partial_sort(counted.begin(), counted.begin() + static_cast<std::ptrdiff_t>(keep), counted.end(),
                        [](const auto& x, const auto& y) {
                          return x.first > y.first || (x.first == y.first && x.second < y.second);
                        });
      for (std::size_t k = 0; k < keep; ++k) out.emplace_back(i, counted[k].second);
    }
    return out;
  }

  // An article as covering compares it: its bigrams with its items' (sorted,
  // unique), and their weights.
  struct Covered {
    std::vector<std::uint64_t> bigrams;
    std::vector<double> weights;
  };

  // The clauses under k follow it in pre-order, deeper than it.
  static Covered covered(const std::vector<Flat>& flat, BigramSets& bigrams, const RarityWeights& rarity,
                         std::size_t k) {
    Covered c;
    c.bigrams = with_items(flat, bigrams, k);
    c.weights = rarity.weights(c.bigrams);
    return c;
  }

  // with_items of clause k of the old or the new side, made once: the piece
  // passes compare an article with up to 8 others (人民检察院刑事诉讼规则:
  // hundreds of unpaired articles; made anew each time, the sets cost a
  // fifth of the whole diff).
  const std::vector<std::uint64_t>& article_set(const std::vector<Flat>& flat, BigramSets& bigrams, std::size_t k) {
    auto& cache = &flat == &old_ ? old_article_sets_ : new_article_sets_;
    if (cache.size() != flat.size()) cache.resize(flat.size());
    if (!cache[k]) cache[k] = with_items(flat, bigrams, k);
    return *cache[k];
  }

  // Clause k's bigrams with those of the clauses under it (sorted, unique).
  static std::vector<std::uint64_t> with_items(const std::vector<Flat>& flat, BigramSets& bigrams, std::size_t k) {
    std::vector<std::uint64_t> out = bigrams.of(k);
    for (std::size_t x = k + 1; x < flat.size() && flat[x].clause->level > flat[k].clause->level; ++x) {
      const std::vector<std::uint64_t>& own = bigrams.of(x);
      out.insert(out.end(), own.begin(), own.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  struct Cover {
    double score;
    std::size_t i, j;
  };

  // Links the candidates that are each other's best among all candidates and
  // reach bar.
  void link_mutual_best(const std::vector<Cover>& candidates, double bar) {
    std::unordered_map<std::size_t, double> best_of_old, best_of_new;
    for (const Cover& c : candidates) {
      best_of_old[c.i] = std::max(best_of_old[c.i], c.score);
      best_of_new[c.j] = std::max(best_of_new[c.j], c.score);
    }
    for (const Cover& c : candidates) {
      if (c.score < bar || c.score < best_of_old[c.i] || c.score < best_of_new[c.j]) continue;
      if (old_to_new_[c.i] >= 0 || new_to_old_[c.j] >= 0) continue;  // a tie taken already
      link(c.i, c.j);
      similarity_[c.j] = c.score;
    }
  }

  // Articles only: chapters and sections hold whole parts of a law, and what
  // they cover says nothing of where they went; list items are short and
  // alike (（六）…合同 and （十四）…信息公开 of 行政复议法 share a third of their
  // rare words), and go with their article.
  static bool coverable(const Clause& c) { return c.number.style == NumberStyle::article; }

  // The new clauses an unpaired old clause may have gone to: from the first
  // to the last place its kNear nearest paired neighbours of its kind each
  // side went to (to the end of the document on a side without one). None
  // when neither side has one, or when they went more than kSpan clauses
  // apart: their places then tell nothing (two unrelated laws pair a few
  // articles by chance, far apart), and the work stays linear.
  std::pair<std::size_t, std::size_t> neighbours_reach(std::size_t i) const {
    constexpr std::size_t kSpan = 128;
    std::size_t first = new_.size(), last = 0;
    int sides = 0;  // with a paired neighbour
    for (int step : {-1, 1}) {
      const int found = walk_paired_neighbours(old_, old_to_new_, i, step, [&](std::size_t, std::size_t z) {
        first = std::min(first, z);
        last = std::max(last, z + 1);
      });
      if (found == 0) (step < 0 ? first : last) = step < 0 ? 0 : new_.size();
      sides += found > 0;
    }
    if (sides == 0 || first >= last || last - first > kSpan) return {0, 0};
    return {first, last};
  }

  // For each clause of `side` left unpaired, the clause of `other` it is a
  // piece of (-1 when none): the part of an article split off into a new one,
  // or an article merged into another. Its text must be found in that clause
  // and not in the clause's partner, one of its kNear nearest paired
  // neighbours of its kind (a split or merge stays where it was): at least
  // kPiece of its character bigrams. The boilerplate every penalty article
  // shares is in the partner too and so counts for nothing.
  static std::vector<Piece> pieces(const std::vector<Flat>& side, const std::vector<int>& partner,
                                   const std::vector<Flat>& other, const std::vector<int>& other_partner,
                                   BigramSets& side_bigrams, BigramSets& other_bigrams, bool into_items) {
    constexpr double kPiece = 0.45;
    constexpr std::size_t kMinBigrams = 8;
    std::vector<Piece> out(side.size());
    for (std::size_t x = 0; x < side.size(); ++x) {
      if (partner[x] >= 0) continue;
      const std::vector<std::uint64_t>& px = side_bigrams.of(x);
      if (px.size() < kMinBigrams) continue;
      Piece& best = out[x];
      best.share = kPiece;
      for (int step : {-1, 1}) {
        walk_paired_neighbours(side, partner, x, step, [&](std::size_t yy, std::size_t z) {
          if (!comparable(*other[z].clause, *side[x].clause)) return;
          const std::vector<std::uint64_t>& pz = other_bigrams.of(z);
          if (exclusive_share(px, pz, {}) >= best.share) {  // an upper bound: the partner not yet made
            const double share = exclusive_share(px, pz, side_bigrams.of(yy));
            if (share >= best.share) best = {static_cast<int>(z), share};
          }
          // An old article that became one item of z (反间谍法 第二十九、三十、
          // 三十三条 → 第六十条 (二)(三)(四)(五)) is a small share of z but holds
          // most of that item: the item's text found in x and not in z's
          // partner with its items. An item with a partner of its own came
          // from elsewhere.
          if (!into_items) return;
          std::optional<std::vector<std::uint64_t>> py;
          for (std::size_t t = z + 1, items = 0;
               t < other.size() && other[t].clause->level > other[z].clause->level && items < kReach; ++t, ++items) {
            if (other_partner[t] >= 0) continue;
            const std::vector<std::uint64_t>& pt = other_bigrams.of(t);
            if (pt.size() < kMinBigrams || exclusive_share(pt, px, {}) < best.share) continue;
            if (!py) py = with_items(side, side_bigrams, yy);
            const double share = exclusive_share(pt, px, *py);
            if (share >= best.share) best = {static_cast<int>(z), share, true};
          }
        });
      }
    }
    return out;
  }

  // The rarity of every bigram in the two versions (covering, pieces sharing
  // wording), made when first asked for: two unrelated laws never need it.
  const RarityWeights& rarity_weights() {
    if (!rarity_) {
      std::vector<const std::vector<std::uint64_t>*> all;
      for (std::size_t i = 0; i < old_.size(); ++i) all.push_back(&old_bigrams_.of(i));
      for (std::size_t j = 0; j < new_.size(); ++j) all.push_back(&new_bigrams_.of(j));
      rarity_.emplace(all);
    }
    return *rarity_;
  }

  // An unpaired article x, a paired neighbour y of it and y's partner z: x
  // may be a piece of z (merged into it, or split off from it).
  struct PieceCandidate {
    std::size_t x, y, z;
  };

  // Two articles merged whose wording was largely the same (会计法 2017 → 2024:
  // 第四十三、四十四条 → 第四十一条, their 尚不构成犯罪 paragraphs word for
  // word) are missed by pieces(): what x has that y lacks is a small share of
  // x, the rest being y's words too. Such an x is a piece of z when, rare
  // words weighing most (RarityWeights), at least kShared of its text is in z
  // and at least kDistinct of what x says and y does not (its own words, at
  // least kMinDistinct bigrams of them) is in z as well: z holds both x and y.
  // On the real pairs the pieces found reach 0.61 and 0.50 or more (反间谍法
  // 第十一条 → 第四十二条 split), the wrong candidates at most 0.51 and 0.44
  // (行政复议法 new 第二十八条 against old 第十五条, a new article); a deleted
  // article that only shares a law's phrases with z (专利法实施细则 2010 →
  // 2023: 第五十九条, the abolished 专利复审委员会, against 第六十五条) is
  // under the cheap bound and never weighed. Articles only, as covering: items
  // are short and alike. Fills in the clauses of piece_of that have none.
  void add_pieces_sharing_wording(const std::vector<Flat>& side, const std::vector<int>& partner,
                                  const std::vector<Flat>& other, BigramSets& side_bigrams, BigramSets& other_bigrams,
                                  std::vector<Piece>& piece_of) {
    const std::vector<PieceCandidate> candidates =
        sharing_candidates(side, partner, other, side_bigrams, other_bigrams, piece_of);
    if (candidates.empty()) return;  // no weights made: two unrelated laws have no candidate
    const RarityWeights& rarity = rarity_weights();
    for (const PieceCandidate& c : candidates) {
      const std::vector<std::uint64_t>& x = article_set(side, side_bigrams, c.x);
      const std::vector<std::uint64_t>& z = article_set(other, other_bigrams, c.z);
      const double shared = contained(x, rarity.weights(x), z);
      if (shared < kShared || (piece_of[c.x].clause >= 0 && shared <= piece_of[c.x].share)) continue;
      const std::vector<std::uint64_t> own = own_words(x, article_set(side, side_bigrams, c.y));
      if (own.size() < kMinDistinct || contained(own, rarity.weights(own), z) < kDistinct) continue;
      piece_of[c.x] = {static_cast<int>(c.z), shared};
    }
  }

  static constexpr double kShared = 0.5, kDistinct = 0.5;
  static constexpr std::size_t kMinDistinct = 8;

  // The candidates of add_pieces_sharing_wording: each unpaired article of
  // `side` with no piece found yet, and the partners of its kNear nearest
  // paired neighbours of its kind each side (a merge or split stays where it
  // was; linear), where at least kGate of its bigrams are found, not yet
  // weighted: a cheap bound that leaves out the unrelated (the pieces found
  // have 0.54 or more of theirs there).
  std::vector<PieceCandidate> sharing_candidates(const std::vector<Flat>& side, const std::vector<int>& partner,
                                                 const std::vector<Flat>& other, BigramSets& side_bigrams,
                                                 BigramSets& other_bigrams, const std::vector<Piece>& piece_of) {
    constexpr double kGate = 0.4;
    std::vector<PieceCandidate> out;
    for (std::size_t x = 0; x < side.size(); ++x) {
      if (partner[x] >= 0 || piece_of[x].clause >= 0 || !coverable(*side[x].clause)) continue;
      if (side_bigrams.of(x).size() < kMinDistinct) continue;
      for (int step : {-1, 1}) {
        walk_paired_neighbours(side, partner, x, step, [&](std::size_t yy, std::size_t z) {
          if (!coverable(*other[z].clause)) return;
          const std::vector<std::uint64_t>& xs = article_set(side, side_bigrams, x);
          if (plain_share(xs, article_set(other, other_bigrams, z)) < kGate) return;
          // Too few words of its own to tell (articles that differ by a figure): no weights made for them.
          if (own_words(xs, article_set(side, side_bigrams, yy)).size() < kMinDistinct) return;
          out.push_back({x, yy, z});
        });
      }
    }
    return out;
  }

  // A paragraph (款) of an article that became an article of its own, grown
  // by new sentences (行政复议法 2017 第十条's 第三人 and 代理人 paragraphs →
  // 2023 第十六、十七条; 监察法 2024 第四十八、四十九条 from 第四十三条), or
  // an article that became a paragraph of another, is a small share of either
  // whole and is missed by the tests above. x is a piece of z when one
  // paragraph of z holds at least kParagraph of its weighted text in x and
  // kParagraphMargin more than in y, z's partner: the paragraph came from x
  // (or went to x), not from y. Only the nearest paired neighbour each side
  // is y (what the tests above allow of the 4 nearest, a single paragraph
  // does not: 行政复议法 2023 第七十三条, a new 调解书 article, holds 0.69 of
  // a paragraph of old 第三十一条 (决定书…发生法律效力), whose partner is
  // 第六十二条, 4 articles away). On the real pairs the paragraphs found hold
  // 0.75 or more, 0.45 more than the partner; wrong candidates at most 0.46
  // (行政复议法 new 第二十八条, old 第十二条); 32 found over the corpus's
  // version pairs all read right by hand.
  void add_pieces_by_paragraph(const std::vector<Flat>& side, const std::vector<int>& partner,
                               const std::vector<Flat>& other, BigramSets& side_bigrams, std::vector<Piece>& piece_of) {
    for (std::size_t x = 0; x < side.size(); ++x) {
      if (partner[x] >= 0 || piece_of[x].clause >= 0 || !coverable(*side[x].clause)) continue;
      if (side_bigrams.of(x).size() < kMinDistinct) continue;
      for (int step : {-1, 1}) {
        const int y = nearest_paired(side, partner, x, step);
        if (y < 0) continue;
        const auto z = static_cast<std::size_t>(partner[static_cast<std::size_t>(y)]);
        if (!coverable(*other[z].clause)) continue;
        const double share = paragraph_from(other[z], article_set(side, side_bigrams, x),
                                            article_set(side, side_bigrams, static_cast<std::size_t>(y)));
        if (share > (piece_of[x].clause >= 0 ? piece_of[x].share : 0.0)) piece_of[x] = {static_cast<int>(z), share};
      }
    }
  }

  static constexpr double kParagraph = 0.6, kParagraphMargin = 0.3;

  // The nearest clause of x's kind in direction step that has a partner, -1
  // when none within kReach.
  static int nearest_paired(const std::vector<Flat>& side, const std::vector<int>& partner, std::size_t x, int step) {
    for (int y = static_cast<int>(x) + step, walked = 0; y >= 0 && y < static_cast<int>(side.size()) && walked < kReach;
         y += step, ++walked) {
      const auto yy = static_cast<std::size_t>(y);
      if (partner[yy] >= 0 && comparable(*side[yy].clause, *side[x].clause)) return y;
    }
    return -1;
  }

  // The most of one of z's paragraphs (weighted) found in x, when it is at
  // least kParagraph and kParagraphMargin more than in y; else 0. A paragraph
  // with less than kGate of its plain bigrams in x is not weighed.
  double paragraph_from(const Flat& z, const std::vector<std::uint64_t>& x, const std::vector<std::uint64_t>& y) {
    constexpr double kGate = 0.4;
    double best = 0;
    for (const Paragraph& paragraph : z.clause->body) {
      const std::vector<std::uint64_t> p = bigram_set(text::comparable_text(paragraph.text));
      if (p.size() < kMinDistinct || plain_share(p, x) < kGate) continue;
      const std::vector<double> weights = rarity_weights().weights(p);
      const double in_x = contained(p, weights, x);
      if (in_x >= kParagraph && in_x - contained(p, weights, y) >= kParagraphMargin) best = std::max(best, in_x);
    }
    return best;
  }

  // The bigrams of x that are not in y (both sorted, unique).
  static std::vector<std::uint64_t> own_words(const std::vector<std::uint64_t>& x,
                                              const std::vector<std::uint64_t>& y) {
    std::vector<std::uint64_t> out;
    std::set_difference(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(out));
    return out;
  }

  // The share of x's bigrams that are in z (both sorted, unique), in one
  // pass over both: the cheap bound of the piece passes, asked for many
  // candidates.
  static double plain_share(const std::vector<std::uint64_t>& x, const std::vector<std::uint64_t>& z) {
    std::size_t n = 0;
    for (auto a = x.begin(), b = z.begin(); a != x.end() && b != z.end();) {
      if (*a < *b) ++a;
      else if (*b < *a) ++b;
      else ++n, ++a, ++b;
    }
    return x.empty() ? 0.0 : static_cast<double>(n) / static_cast<double>(x.size());
  }

  // The share of x's bigrams that are in z and not in y (all sorted, unique),
  // z and y walked once, by galloping: a binary search of both for each bigram
  // of x made pieces() 29 M instructions on 人民检察院刑事诉讼规则.
  static double exclusive_share(const std::vector<std::uint64_t>& x, const std::vector<std::uint64_t>& z,
                                const std::vector<std::uint64_t>& y) {
    std::size_t n = 0, in_z = 0, in_y = 0;
    for (std::uint64_t b : x) {
      in_z = gallop(z, in_z, b);
      in_y = gallop(y, in_y, b);
      n += in_z < z.size() && z[in_z] == b && (in_y == y.size() || y[in_y] != b);
    }
    return static_cast<double>(n) / static_cast<double>(x.size());
  }

  // The unpaired new clauses an unpaired old one is compared with: all of
  // them in any document of a usual size, else the kWindow nearest to its
  // relative place each side, so that time and memory stay linear (two
  // documents of 10,000 similar articles made 10^8 candidates: bad_alloc).
  static std::pair<std::size_t, std::size_t> window(std::size_t a, std::size_t olds, std::size_t news) {
    constexpr std::size_t kWindow = 64;
    if (news <= 2 * kWindow) return {0, news};
    const std::size_t centre = a * news / olds;
    const std::size_t first = centre > kWindow ? centre - kWindow : 0;
    return {first, std::min(news, centre + kWindow)};
  }

  // The nearest ancestor that has a partner, -1 for the top: a 章 or 节 a
  // revision added or removed is reported once, as inserted or deleted, and
  // does not make every article under it a moved one.
  static int paired_ancestor(const std::vector<Flat>& flat, const std::vector<int>& partner, int at) {
    while (at >= 0 && partner[static_cast<std::size_t>(at)] < 0) at = flat[static_cast<std::size_t>(at)].parent;
    return at;
  }

  bool parents_paired(std::size_t i, std::size_t j) const {
    const int po = paired_ancestor(old_, old_to_new_, old_[i].parent);
    const int pn = paired_ancestor(new_, new_to_old_, new_[j].parent);
    if (po < 0 || pn < 0) return po == pn;
    return old_to_new_[static_cast<std::size_t>(po)] == pn;
  }

  // Moved: under a parent that is not its old parent's partner, or out of the
  // longest run of siblings that kept their order.
  std::vector<bool> find_moved() const {
    std::vector<bool> moved(new_.size(), false);
    std::unordered_map<int, std::vector<std::size_t>> siblings;  // by new parent, in new order
    for (std::size_t j = 0; j < new_.size(); ++j) {
      if (new_to_old_[j] < 0) continue;
      const auto i = static_cast<std::size_t>(new_to_old_[j]);
      if (!parents_paired(i, j)) moved[j] = true;
      else siblings[new_[j].parent].push_back(j);
    }
    for (const auto& [parent, group] : siblings)
      for (std::size_t j : out_of_order(group)) moved[j] = true;
    return moved;
  }

  // The members of group (new indices in new order) not in the longest run
  // whose old indices increase too.
  std::vector<std::size_t> out_of_order(const std::vector<std::size_t>& group) const {
    const std::size_t n = group.size();
    std::vector<int> tails, tail_at, prev(n, -1);  // patience sorting with back links
    for (std::size_t k = 0; k < n; ++k) {
      const int v = new_to_old_[group[k]];
      const auto pos = static_cast<std::size_t>(std::lower_bound(tails.begin(), tails.end(), v) - tails.begin());
      if (pos == tails.size()) tails.push_back(v), tail_at.push_back(static_cast<int>(k));
      else tails[pos] = v, tail_at[pos] = static_cast<int>(k);
      prev[k] = pos > 0 ? tail_at[pos - 1] : -1;
    }
    std::vector<bool> keep(n, false);
    for (int k = tail_at.empty() ? -1 : tail_at.back(); k >= 0; k = prev[static_cast<std::size_t>(k)])
      keep[static_cast<std::size_t>(k)] = true;
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < n; ++k)
      if (!keep[k]) out.push_back(group[k]);
    return out;
  }

  ClauseChange pair_change(std::size_t i, std::size_t j, bool moved) const {
    ClauseChange c;
    c.old_clause = old_[i].clause;
    c.new_clause = new_[j].clause;
    c.old_path = old_[i].path;
    c.new_path = new_[j].path;
    const bool same_text = old_[i].text_id == new_[j].text_id;
    if (moved) c.kind = ClauseChangeKind::moved;
    else if (!same_text) c.kind = ClauseChangeKind::modified;
    else if (c.old_path != c.new_path) c.kind = ClauseChangeKind::renumbered;
    else c.kind = ClauseChangeKind::unchanged;
    if (!same_text) {
      const auto s = similarity_.find(j);
      c.similarity = s != similarity_.end() ? s->second : 1.0;
      c.redline = make_redline(own_text(*c.old_clause), own_text(*c.new_clause));
    }
    c.facts = compare_facts(with_pieces(i, old_, merged_pieces_[j]), with_pieces(j, new_, split_pieces_[i]));
    return c;
  }

  // Clause k's facts with those of the pieces of its partner (split off
  // from it, or merged into it): what a pair's facts are compared by, so that
  // a fine that went with a piece is neither removed nor added.
  static FactGroups with_pieces(std::size_t k, const std::vector<Flat>& side, const std::vector<std::size_t>& pieces) {
    FactGroups out = {&side[k].clause->facts};
    for (std::size_t x : pieces) out.push_back(&side[x].clause->facts);
    return out;
  }

  // By clause: the pieces of the other side found to be split off from it
  // (old index → new pieces) or merged into it (new index → old pieces).
  static std::vector<std::vector<std::size_t>> pieces_by_clause(const std::vector<Piece>& piece_of, std::size_t size) {
    std::vector<std::vector<std::size_t>> out(size);
    for (std::size_t x = 0; x < piece_of.size(); ++x)
      if (piece_of[x].clause >= 0) out[static_cast<std::size_t>(piece_of[x].clause)].push_back(x);
    return out;
  }

  // A merged old clause with the clause it went into, or a split-off new
  // clause with the clause it came from; similarity is the share of the
  // piece's text found there. Its facts went with it and are compared with
  // the pair's (with_pieces): none is reported as added or removed.
  ClauseChange piece_change(ClauseChangeKind kind, std::size_t i, std::size_t j, double share) const {
    ClauseChange c;
    c.kind = kind;
    c.old_clause = old_[i].clause;
    c.new_clause = new_[j].clause;
    c.old_path = old_[i].path;
    c.new_path = new_[j].path;
    c.similarity = share;
    return c;
  }

  std::vector<ClauseChange> changes(const std::vector<bool>& moved) const {
    // Order: the new tree in pre-order; a deleted clause right after the new
    // place of the nearest paired clause before it in the old tree.
    std::vector<std::tuple<int, int, std::size_t>> order;  // (new anchor, 0 new / 1 deleted, index)
    for (std::size_t j = 0; j < new_.size(); ++j) order.emplace_back(static_cast<int>(j), 0, j);
    int anchor = -1;
    for (std::size_t i = 0; i < old_.size(); ++i) {
      if (old_to_new_[i] >= 0) anchor = old_to_new_[i];
      else order.emplace_back(anchor, 1, i);
    }
    std::sort(order.begin(), order.end());
    std::vector<ClauseChange> out;
    out.reserve(order.size());
    for (const auto& [at, deleted, index] : order) {
      if (deleted && merged_into_[index].clause >= 0) {
        const Piece& p = merged_into_[index];
        out.push_back(piece_change(ClauseChangeKind::merged, index, static_cast<std::size_t>(p.clause), p.share));
      } else if (deleted) {
        ClauseChange c;
        c.kind = ClauseChangeKind::deleted;
        c.old_clause = old_[index].clause;
        c.old_path = old_[index].path;
        c.similarity = 0;
        c.facts = compare_facts(c.old_clause->facts, {});
        out.push_back(std::move(c));
      } else if (new_to_old_[index] < 0 && split_from_[index].clause >= 0) {
        const Piece& p = split_from_[index];
        out.push_back(piece_change(ClauseChangeKind::split, static_cast<std::size_t>(p.clause), index, p.share));
      } else if (new_to_old_[index] < 0) {
        ClauseChange c;
        c.kind = ClauseChangeKind::inserted;
        c.new_clause = new_[index].clause;
        c.new_path = new_[index].path;
        c.similarity = 0;
        c.facts = compare_facts({}, c.new_clause->facts);
        out.push_back(std::move(c));
      } else {
        out.push_back(pair_change(static_cast<std::size_t>(new_to_old_[index]), index, moved[index]));
      }
    }
    return out;
  }

  AlignOptions options_;
  std::vector<Flat> old_, new_;
  BigramSets old_bigrams_{old_}, new_bigrams_{new_};
  std::vector<int> old_to_new_, new_to_old_;
  std::unordered_map<std::size_t, double> similarity_;  // of pairs made by similarity, by new index
  std::vector<Piece> split_from_;                       // by new index: the old clause it was split from
  std::vector<Piece> merged_into_;                      // by old index: the new clause it went into
  std::optional<RarityWeights> rarity_;                 // rarity_weights()
  std::vector<std::optional<std::vector<std::uint64_t>>> old_article_sets_, new_article_sets_;  // article_set()
  std::vector<std::size_t> weak_;                        // old clauses paired in a gap below kGapConfirmed
  std::vector<std::vector<std::size_t>> split_pieces_;   // by old index: the new clauses split off from it
  std::vector<std::vector<std::size_t>> merged_pieces_;  // by new index: the old clauses merged into it
};

}  // namespace

std::string own_text(const Clause& clause) {
  std::string body = clause.text();
  if (clause.heading.empty()) return body;
  return body.empty() ? clause.heading : clause.heading + "。" + body;
}

std::vector<ClauseChange> align_clauses(const std::vector<Clause>& old_clauses, const std::vector<Clause>& new_clauses,
                                        const AlignOptions& options) {
  return Aligner(old_clauses, new_clauses, options).run();
}

}  // namespace clausecheck::diff
