using System.Collections.Frozen;
using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// The Lucene index of one knowledge snapshot's passages (in memory, BM25), with what a search needs
/// beside it: each passage's and each sentence's terms and every term's document frequency. Immutable
/// once built, so any number of searches can share it. The old index of a replaced snapshot holds only
/// managed memory and is left to the garbage collector (searches in flight may still be using it).
/// </summary>
internal sealed partial class PassageIndex
{
    /// <summary>Least share of the question (weighted by rarity) a passage must contain.</summary>
    internal const double MinCoverage = 0.5;

    /// <summary>
    /// Least matched evidence (summed inverse document frequency) a passage must have, unless it matches
    /// a topic the question names (a topic name is telling however many passages mention it).
    /// </summary>
    internal const double MinEvidence = 2.0;

    /// <summary>A related hit must score at least this share of the best one.</summary>
    internal const double RelatedShare = 0.25;

    private const string BodyField = "body";
    private const string TopicField = "topic";
    private const string RelatedField = "related";
    private const string OrdinalField = "ordinal";
    private const int Candidates = 40;

    private readonly CatalogEntry[] _entries;
    private readonly PassageAnalysis _analysis;
    private readonly IndexSearcher _searcher;
    private readonly HashSet<string>[] _passageTerms;
    private readonly HashSet<string>[][] _sentenceTerms;
    private readonly HashSet<string>[] _titleTerms;
    private readonly FrozenDictionary<string, int> _documentFrequency;
    private readonly FrozenDictionary<string, string> _topicKeys;

    /// <summary>The words of every name of each indicator and programme (stemmed), by topic key.</summary>
    private readonly FrozenDictionary<string, FrozenSet<string>> _topicWords;

    private PassageIndex(
        CatalogEntry[] entries,
        PassageAnalysis analysis,
        IndexSearcher searcher,
        HashSet<string>[] passageTerms,
        HashSet<string>[][] sentenceTerms,
        HashSet<string>[] titleTerms,
        FrozenDictionary<string, string> topicKeys,
        FrozenDictionary<string, FrozenSet<string>> topicWords)
    {
        _topicWords = topicWords;
        _titleTerms = titleTerms;
        _entries = entries;
        _analysis = analysis;
        _searcher = searcher;
        _passageTerms = passageTerms;
        _sentenceTerms = sentenceTerms;
        _topicKeys = topicKeys;
        _documentFrequency = passageTerms.SelectMany(t => t).GroupBy(t => t, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Passages = [.. entries.Select(e => e.Passage)];
    }

    /// <summary>Every passage, in catalogue order.</summary>
    internal IReadOnlyList<Passage> Passages { get; }

    /// <summary>Builds the index of <paramref name="snapshot"/>'s passages.</summary>
    internal static PassageIndex Build(KnowledgeSnapshot snapshot)
    {
        var programmes = snapshot.Priorities.SelectMany(p => p.ProgrammeCodes).Select(snapshot.Programme).OfType<Programme>();
        var latestYear = snapshot.Priorities.Select(p => p.Year).Max(StringComparer.Ordinal);
        var latest = snapshot.Priorities.Where(p => p.Year == latestYear).ToList();
        var named = KnowledgeNames.Of(snapshot.Indicators, latest, programmes, snapshot.Glossary);
        var analysis = PassageAnalysis.Create(named);
        var entries = PassageCatalog.From(snapshot).ToArray();

        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(PassageAnalysis.Version, analysis.Index) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var (entry, ordinal) in entries.Select((e, i) => (e, i)))
            {
                var document = new Document
                {
                    new StoredField(OrdinalField, ordinal),
                    new TextField(BodyField, Body(entry.Passage), Field.Store.NO),
                };
                foreach (var topic in entry.Topics)
                {
                    document.Add(new StringField(TopicField, Key(topic), Field.Store.NO));
                }

                foreach (var topic in entry.RelatedTopics)
                {
                    document.Add(new StringField(RelatedField, Key(topic), Field.Store.NO));
                }

                writer.AddDocument(document);
            }

            writer.Commit();
        }

        var searcher = new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = new BM25Similarity() };
        var sentenceTerms = entries.Select(e => e.Passage.Sentences.Select(s => Terms(analysis, s)).ToArray()).ToArray();
        var titleTerms = entries.Select(e => Terms(analysis, Heading(e.Passage))).ToArray();
        var passageTerms = entries.Select((e, i) =>
        {
            var terms = new HashSet<string>(titleTerms[i], StringComparer.Ordinal);
            foreach (var sentence in sentenceTerms[i])
            {
                terms.UnionWith(sentence);
            }

            return terms;
        }).ToArray();

        var topicKeys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var indicator in snapshot.Indicators)
        {
            topicKeys.TryAdd(indicator.Id, indicator.Id);
        }

        foreach (var programme in snapshot.Programmes)
        {
            topicKeys.TryAdd(programme.Id, programme.Id);
        }

        foreach (var priority in latest)
        {
            topicKeys.TryAdd(priority.Number.ToString(CultureInfo.InvariantCulture), PassageCatalog.PriorityKey(priority.Number));
            topicKeys.TryAdd(priority.Id, PassageCatalog.PriorityKey(priority.Number));
        }

        var topicWords = named
            .Where(n => n.Kind is NamedTopicKind.Indicator or NamedTopicKind.Programme)
            .ToFrozenDictionary(
                n => Key(n.Id),
                n => n.Names.SelectMany(name => QueryUnit.From(PassageAnalysis.Tokens(analysis.Query, name))).SelectMany(u => u.Words).ToFrozenSet(StringComparer.Ordinal),
                StringComparer.Ordinal);
        return new PassageIndex(
            entries, analysis, searcher, passageTerms, sentenceTerms, titleTerms, topicKeys.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), topicWords);
    }

    /// <summary>Searches the index; see <see cref="IPassageSearch.Search"/>.</summary>
    internal PassageResult Search(PassageQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var profile = AspectProfile.Of(query.Aspect);
        var asked = QueryUnit.From(PassageAnalysis.Tokens(_analysis.Query, query.Text ?? string.Empty)).ToList();
        var units = profile.Subject(asked);
        var leaning = asked.FindAll(u => profile.IsSoftScaffold(u) && !units.Contains(u));
        var topic = query.TopicId is { } id && _topicKeys.TryGetValue(id.Trim(), out var key) ? Key(key) : null;
        var within = Search(query, profile, units, leaning, topic);

        // The topic a question names may not be where the assessment answers it (the survey estimates of domestic
        // abuse sit in the survey passage, the road safety period in a table note): with words of its own, the question
        // is looked for across the assessment too, under the stricter thresholds of a question without a topic.
        if (topic is null || units.Count == 0 || query.WithinTopicOnly)
        {
            return within;
        }

        if (within.Best is { } found && found.AspectMatched && found.Coverage >= 0.999)
        {
            return within;
        }

        // Within the topic only a weak answer (part of the question, or not what it asks): a passage elsewhere that holds
        // clearly more of the question answers it better ("how many residents might be victims according to the CSEW"
        // after the population: the survey's estimate, not a passage that only mentions the population).
        var across = Search(query, profile, units, leaning, null);
        return within.Best is not { } weak
            || (across.Best is { } better && better.AspectMatched && better.Coverage >= weak.Coverage + MarginAcross)
            ? across
            : within;
    }

    /// <summary>How much a passage only related to the topic asked about (not filed under it) weighs against those filed under it.</summary>
    internal const double RelatedOnly = 0.6;

    /// <summary>How much more of the question a passage outside the topic must hold to answer instead of a weak one within it.</summary>
    internal const double MarginAcross = 0.25;

    /// <summary>How much a passage whose quoted sentence says what the question leans to (what something is for) is preferred.</summary>
    internal const double LeaningBonus = 1.5;

    private PassageResult Search(PassageQuery query, AspectProfile profile, List<QueryUnit> units, List<QueryUnit> leaning, string? topic)
    {
        if (units.Count == 0 && topic is null)
        {
            return new PassageResult(query, [], 0, 0);
        }

        var weights = units.Select(Weight).ToArray();
        var total = weights.Sum();
        var filter = topic is null ? null : new QueryWrapperFilter(new BooleanQuery
        {
            { new TermQuery(new Term(TopicField, topic)), Occur.SHOULD },
            { new TermQuery(new Term(RelatedField, topic)), Occur.SHOULD },
        });
        var top = _searcher.Search(units.Count == 0 ? new MatchAllDocsQuery() : LuceneQuery(units), filter, Candidates);

        var candidates = new List<Candidate>(top.ScoreDocs.Length);
        foreach (var scored in top.ScoreDocs)
        {
            var ordinal = _searcher.Doc(scored.Doc).GetField(OrdinalField).GetInt32Value() ?? -1;
            if (ordinal < 0 || ordinal >= _entries.Length
                || (query.Document is { } document && _entries[ordinal].Passage.Document != document))
            {
                continue;
            }

            candidates.Add(Assess(ordinal, scored.Score, units, weights, total, profile, topic, query.Aspect, leaning));
        }

        candidates.Sort((a, b) => b.Rank.CompareTo(a.Rank) is var order && order != 0 ? order : a.Ordinal.CompareTo(b.Ordinal));
        var best = candidates.FirstOrDefault();
        var hits = new List<PassageHit>();
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        var maxHits = Math.Clamp(query.MaxHits, 1, 10);
        foreach (var candidate in candidates.Where(c => c.Passes))
        {
            if (hits.Count >= maxHits || (hits.Count > 0 && candidate.Rank < RelatedShare * hits[0].Score))
            {
                break;
            }

            if (quoted.Add(string.Join(" ", candidate.Sentences)))
            {
                hits.Add(new PassageHit(_entries[candidate.Ordinal].Passage, candidate.Rank, candidate.Coverage, candidate.Sentences, candidate.AspectMatched));
            }
        }

        if (topic is not null && profile.HasCues && hits is [{ AspectMatched: false } unanswered, ..]
            && hits.FindIndex(h => h.AspectMatched && h.Score >= AnsweringShare * unanswered.Score && _entries.Any(e => e.Passage == h.Passage && e.Topics.Contains(topic))) is var at and > 0)
        {
            // "why is modern slavery flagged as a risk": the topic's passage that gives a reason ("due to high risk of harm") answers,
            // and the one that says more of the topic without a reason (the SOCP's "high potential", its migrant workers) goes beside it.
            var answering = hits[at];
            hits.RemoveAt(at);
            hits.Insert(0, answering);
        }

        return new PassageResult(query, hits, best?.Coverage ?? 0, best?.Evidence ?? 0);
    }

    /// <summary>The least share of the best hit's score a hit of the topic that answers the aspect needs to answer before it.</summary>
    internal const double AnsweringShare = 0.5;

    private static string Key(string topic) => topic.ToLowerInvariant();

    private static string Body(Passage passage) => Heading(passage) is { Length: > 0 } heading ? heading + "\n" + passage.Text : passage.Text;

    /// <summary>
    /// A passage's heading as a member may name it: its title, after the part of a priority's review it stands under ("Outcomes",
    /// "Interventions"), which members name ("the biggest problem with county lines according to the outcomes").
    /// </summary>
    private static string Heading(Passage passage)
    {
        var part = passage.Kind switch
        {
            PassageKind.Outcome => "Outcomes",
            PassageKind.Intervention => "Interventions",
            _ => null,
        };
        return string.Join(": ", new[] { part, passage.Title }.OfType<string>());
    }

    private static HashSet<string> Terms(PassageAnalysis analysis, string text) =>
        PassageAnalysis.Tokens(analysis.Index, text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

    private static Query LuceneQuery(IReadOnlyList<QueryUnit> units)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var unit in units)
        {
            var either = new BooleanQuery(disableCoord: true);
            foreach (var concept in unit.Concepts)
            {
                either.Add(new TermQuery(new Term(BodyField, concept)), Occur.SHOULD);
            }

            if (unit.Words.Count == 1)
            {
                either.Add(new TermQuery(new Term(BodyField, unit.Words[0])), Occur.SHOULD);
            }
            else if (unit.Words.Count > 1)
            {
                var all = new BooleanQuery(disableCoord: true);
                foreach (var word in unit.Words)
                {
                    all.Add(new TermQuery(new Term(BodyField, word)), Occur.MUST);
                }

                either.Add(all, Occur.SHOULD);
            }

            query.Add(either, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>How telling a unit is: the inverse document frequency (BM25's) of its commonest way of matching.</summary>
    private double Weight(QueryUnit unit)
    {
        var frequency = unit.Concepts.Select(c => _documentFrequency.GetValueOrDefault(c))
            .Append(unit.Words.Count == 1 ? _documentFrequency.GetValueOrDefault(unit.Words[0]) : unit.Words.Select(w => _documentFrequency.GetValueOrDefault(w)).DefaultIfEmpty(0).Min())
            .Max();
        var count = _entries.Length;
        return Math.Log(1 + ((count - frequency + 0.5) / (frequency + 0.5)));
    }

    private Candidate Assess(
        int ordinal, float luceneScore, IReadOnlyList<QueryUnit> units, double[] weights, double total,
        AspectProfile profile, string? topic, PassageAspect aspect, List<QueryUnit> leaning)
    {
        var entry = _entries[ordinal];
        var passage = entry.Passage;
        var evidence = 0.0;
        var namesTopic = false;
        var filedUnder = topic is not null && entry.Topics.Contains(topic);
        var topicConcepts = filedUnder ? TopicConcepts(topic!) : [];
        var topicWords = filedUnder ? _topicWords.GetValueOrDefault(topic!) : null;
        for (var i = 0; i < units.Count; i++)
        {
            // A passage filed under the topic asked about is about it, whether or not it uses the topic's name
            // ("domestic abuse prevalence": the trend passage that gives the CSEW's estimates), and a word of the topic's
            // own names left over from it ("prevalence", after "CSEW domestic abuse" took the rest) is about the topic.
            if (Matches(units[i], ordinal) || units[i].Concepts.Any(topicConcepts.Contains)
                || (topicWords is not null && units[i].Concepts.Count == 0 && units[i].Words.Count > 0 && units[i].Words.All(topicWords.Contains)))
            {
                // A bare number ("17 times 23") is no evidence that a passage is about the question; a year is ("what's being improved
                // in 2018": the actions "identified for improvement in 2018").
                evidence += topic is null && units[i].IsNumber && !units[i].IsYear ? 0 : weights[i];
                namesTopic |= units[i].NamesTopic;
            }
        }

        var coverage = units.Count == 0 ? 1 : total > 0 ? evidence / total : 0;
        var (sentences, cue, sentenceMatches) = BestSentences(ordinal, units, weights, total, profile, leaning);
        var secondCue = profile.RewardsSecondCue && cue > 0 ? SecondCue(passage, profile) : 0;
        var aspectMatched = !profile.HasCues || cue > 0 || profile.AnswersByKind(passage.Kind);
        // Within a topic, passages about it alone come before passages that mention it among others, and a passage only
        // related to it (a finding that mentions it among others) comes after those filed under it.
        var specificity = topic is null ? 1
            : entry.Topics.Contains(topic) ? 1 + (0.25 / Math.Max(1, passage.IndicatorIds.Count + passage.ProgrammeCodes.Count))
            : RelatedOnly;

        bool passes;
        if (units.Count == 0)
        {
            passes = aspectMatched
                ? aspect != PassageAspect.General || profile.FallbackKinds.Contains(passage.Kind) || IsNarrative(passage.Kind)
                : profile.FallbackKinds.Contains(passage.Kind);
        }
        else
        {
            // Within a topic the question is about that topic, so a common word ("recording") is enough.
            passes = coverage >= MinCoverage && (evidence >= MinEvidence || namesTopic || topic is not null) && sentenceMatches;
        }

        passes &= !profile.RequiresCue || cue > 0;

        var relevance = units.Count == 0 ? 1.0 : luceneScore * (0.25 + coverage);
        var rank = relevance
            * profile.Weight(passage.Kind)
            * (cue > 0 ? 1 + ((AspectProfile.CueBonus - 1) * (cue + (0.25 * secondCue))) : 1)
            * specificity
            * (leaning.Count > 0 && sentences.Any(s => Leans(s, leaning)) ? LeaningBonus : 1);
        return new Candidate(ordinal, rank, coverage, evidence, sentences, aspectMatched, passes);
    }

    /// <summary>Whether <paramref name="sentence"/> says what the question leans to (a unit of <paramref name="leaning"/>).</summary>
    private bool Leans(string sentence, List<QueryUnit> leaning)
    {
        var terms = Terms(_analysis, sentence);
        return leaning.Exists(u => u.IsMatchedBy(terms));
    }

    /// <summary>The second strongest cue of the aspect among the passage's sentences (0 when fewer than two carry it).</summary>
    private static double SecondCue(Passage passage, AspectProfile profile) =>
        passage.Sentences.Select(profile.CueStrength).OrderDescending().Skip(1).FirstOrDefault();

    /// <summary>Whether the passage matches the unit in its heading or within one sentence (the words of a phrase together).</summary>
    private bool Matches(QueryUnit unit, int ordinal)
    {
        if (unit.IsMatchedBy(_titleTerms[ordinal]))
        {
            return true;
        }

        foreach (var sentence in _sentenceTerms[ordinal])
        {
            if (unit.IsMatchedBy(sentence))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The concept tokens that name <paramref name="topic"/> (an indicator id or a programme code).</summary>
    private static string[] TopicConcepts(string topic) =>
        [PassageAnalysis.Concept(NamedTopicKind.Indicator, topic), PassageAnalysis.Concept(NamedTopicKind.Programme, topic)];

    private static bool IsNarrative(PassageKind kind) => kind is PassageKind.Trend or PassageKind.Context or PassageKind.EmergingTrend;

    /// <summary>
    /// The sentence that best answers the question (its matched units, weighted, plus the aspect's cue),
    /// and a second one when it adds a unit or the cue the first lacks and scores at least half as well.
    /// </summary>
    private (IReadOnlyList<string> Sentences, double Cue, bool Matches) BestSentences(
        int ordinal, IReadOnlyList<QueryUnit> units, double[] weights, double total, AspectProfile profile, List<QueryUnit> leaning)
    {
        var passage = _entries[ordinal].Passage;
        var sentenceTerms = _sentenceTerms[ordinal];
        var titleTerms = _titleTerms[ordinal];
        var count = passage.Sentences.Count;
        if (count == 0)
        {
            return ([], 0, false);
        }

        var matched = new bool[count][];
        var cues = new double[count];
        var scores = new double[count];
        var leans = new bool[count];
        var cueWeight = units.Count == 0 ? 1.0 : Math.Max(1.0, 0.5 * total);
        var (way, contrary) = WayAsked(units, profile);
        for (var s = 0; s < count; s++)
        {
            matched[s] = new bool[units.Count];
            var score = 0.0;
            for (var u = 0; u < units.Count; u++)
            {
                matched[s][u] = units[u].IsMatchedBy(sentenceTerms[s]);
                score += matched[s][u] ? weights[u] : 0;

                // A sentence under a heading that names the subject is about it ("1.1 County lines/cuckooing": "The exploitation of ...").
                matched[s][u] |= units[u].IsMatchedBy(titleTerms);
            }

            // "why did violence with injury go down?": a sentence giving a reason for a rise ("most of this increase is a result of ...",
            // the national rise) is no reason for the fall asked, nor the other way round.
            cues[s] = contrary is not null && sentenceTerms[s].Contains(contrary) && !sentenceTerms[s].Contains(way!) ? 0 : profile.CueStrength(passage.Sentences[s]);
            var leaningTo = units.Count == 0 && profile.Leanings.Any(sentenceTerms[s].Contains) ? 0.2 : 0;
            // What the question leans to beside its subject ("the aim" of the task and finish group): its sentence is preferred.
            leans[s] = leaning.Exists(u => u.IsMatchedBy(sentenceTerms[s]));
            scores[s] = score + (cueWeight * cues[s]) + leaningTo + (leans[s] ? 0.5 * Math.Max(1.0, weights.DefaultIfEmpty(1.0).Max()) : 0);
        }

        var first = 0;
        for (var s = 1; s < count; s++)
        {
            first = scores[s] > scores[first] ? s : first;
        }

        var second = -1;
        for (var s = 0; s < count; s++)
        {
            // The sentence right after the best one that gives what the aspect asks ("... well-recorded." Source: ONS) is read with it.
            var completes = s == first + 1 && cues[first] == 0 && cues[s] > 0;
            if (s == first || (scores[s] < 0.5 * scores[first] && !completes && !(leans[s] && !leans[first])) || scores[s] <= 0)
            {
                continue;
            }

            // It adds what the first lacks (a unit of the question, the aspect's cue), or goes on from it (the sentence after it).
            var adds = (cues[first] == 0 && cues[s] > 0) || Enumerable.Range(0, units.Count).Any(u => matched[s][u] && !matched[first][u])
                || (leans[s] && !leans[first])
                || (s == first + 1 && units.Any(u => u.IsMatchedBy(sentenceTerms[s])));
            if (adds && (second < 0 || scores[s] > scores[second]))
            {
                second = s;
            }
        }

        for (var s = 0; profile.QuotesSecondCue && second < 0 && s < count; s++)
        {
            // Failing that, a sentence that gives the aspect's answer a second time (a second reason, a second caveat) about the
            // question's subject: "Concern is massive underreporting locally" beside the victims who report to banks instead.
            if (s != first && cues[first] > 0 && cues[s] > 0 && scores[s] >= 0.5 * scores[first] && units.Any(u => u.IsMatchedBy(sentenceTerms[s])))
            {
                second = s;
            }
        }

        // Two sentences one apart are quoted with the one between them when it turns against the first ("ASB continues to reduce ...
        // However, the subset ... homeless and begging has not recorded quite the same ... reduction. Against a backdrop of greater
        // homelessness ... this might not be surprising"): left out, the quote would say the opposite of the assessment.
        var chosen = second < 0 ? [first]
            : Math.Abs(first - second) == 2 && TurnsAgainst().IsMatch(passage.Sentences[Math.Min(first, second) + 1])
                ? [Math.Min(first, second), Math.Min(first, second) + 1, Math.Max(first, second)]
            : new[] { first, second }.Order().ToArray();
        var cue = chosen.Max(s => cues[s]);
        var anyUnit = units.Count == 0 || chosen.Any(s => matched[s].Any(m => m));
        return ([.. WithContext(passage.Sentences, chosen).Select(s => passage.Sentences[s])], cue, anyUnit);
    }

    /// <summary>
    /// The way a why-question asks about (a rise or a fall, one of the aspect's <see cref="AspectProfile.Leanings"/>) and the
    /// contrary way; both null when the question names neither or both, or the aspect has no ways.
    /// </summary>
    private static (string? Way, string? Contrary) WayAsked(IReadOnlyList<QueryUnit> units, AspectProfile profile)
    {
        var named = profile.Leanings.Where(l => units.Any(u => u.Concepts.Contains(l))).ToList();
        return named is [var way] && profile.Leanings.Count == 2 ? (way, profile.Leanings.First(l => l != way)) : (null, null);
    }

    /// <summary>
    /// The chosen sentences with what they need to be read right: the sentence before one that points back to it
    /// ("Therefore a large proportion ...", "This is likely to be due to ...", "However, ..."), and the rest of a quotation
    /// a chosen sentence opens but does not close (the RAC's reason is in the second sentence of its quote).
    /// </summary>
    internal static IReadOnlyList<int> WithContext(IReadOnlyList<string> sentences, IReadOnlyList<int> chosen)
    {
        var all = new SortedSet<int>(chosen);
        foreach (var sentence in chosen)
        {
            // Each chosen sentence that points back keeps the one it points to, the second as much as the first.
            if (sentence > 0 && PointsBack().IsMatch(sentences[sentence]))
            {
                all.Add(sentence - 1);
            }
        }

        var last = chosen[^1];
        if (last + 1 < sentences.Count && sentences[last].TrimEnd().EndsWith('.') && sentences[last + 1].TrimStart().StartsWith('"')
            && sentences[last].Count(c => c == '"') % 2 == 0)
        {
            // A sentence followed by the quotation that bears it out ("SOCP highlights the high potential ...", then the SOCP's own
            // words on the city's migrant workers) is read with it.
            all.Add(++last);
        }

        var open = sentences[last].Count(c => c == '"') % 2 == 1;
        for (var next = last + 1; open && next < sentences.Count && next <= last + 2; next++)
        {
            all.Add(next);
            open = sentences[next].Count(c => c == '"') % 2 == 0;
        }

        return [.. all];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(This|These|That|Those|Therefore|Thus|Hence|However|As a result|Despite this|Despite the|They|Such)\b", System.Text.RegularExpressions.RegexOptions.None)]
    private static partial System.Text.RegularExpressions.Regex PointsBack();

    /// <summary>A sentence that turns against the one before it: "However, ...", "But ...", "In contrast ...".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(However|But|Yet|Although|Though|In contrast|On the other hand|Conversely|Nevertheless)\b", System.Text.RegularExpressions.RegexOptions.None)]
    private static partial System.Text.RegularExpressions.Regex TurnsAgainst();

    private sealed record Candidate(
        int Ordinal, double Rank, double Coverage, double Evidence, IReadOnlyList<string> Sentences, bool AspectMatched, bool Passes);
}
