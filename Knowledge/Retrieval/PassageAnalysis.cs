using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// How passages and questions are turned into terms: the standard tokenizer, English possessives,
/// lower case, English stop words, the Porter stemmer, then a synonym filter that adds a concept token
/// wherever a name of a topic (indicator display names, synonyms and abbreviations; programme and
/// priority titles; glossary terms, expansions and synonyms) or a lexicon group appears. "ASB" and
/// "anti-social behaviour" both carry the concept of the ASB indicator, so either finds the other.
/// Questions also lose their question words ("why", "does", "tell me").
/// </summary>
internal sealed class PassageAnalysis
{
    /// <summary>The first character of every concept token; the tokenizer never produces it.</summary>
    internal const char ConceptMark = '#';

    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private PassageAnalysis(Analyzer index, Analyzer query)
    {
        Index = index;
        Query = query;
    }

    /// <summary>For passages (and the index).</summary>
    internal Analyzer Index { get; }

    /// <summary>For questions: as <see cref="Index"/>, without question words.</summary>
    internal Analyzer Query { get; }

    /// <summary>The analysis for the names of <paramref name="topics"/> and the lexicon.</summary>
    internal static PassageAnalysis Create(IEnumerable<NamedTopic> topics)
    {
        using var words = Chain(questionStems: null, synonyms: null);

        // Question words are removed once stemmed, so that "happening" goes with "happened".
        var questionStems = new CharArraySet(Version, RetrievalLexicon.QuestionWords.Length, ignoreCase: false);
        questionStems.UnionWith(RetrievalLexicon.QuestionWords.SelectMany(w => Tokens(words, w)).Select(t => t.Term));

        var synonyms = BuildSynonyms(topics, words);
        return new PassageAnalysis(Chain(questionStems: null, synonyms), Chain(questionStems, synonyms));
    }

    /// <summary>The tokens of <paramref name="text"/>.</summary>
    internal static IReadOnlyList<AnalyzedToken> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(string.Empty, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), Math.Max(length.PositionLength, 1)));
        }

        stream.End();
        return tokens;
    }

    /// <summary>The concept token of a topic, e.g. <c>#indicator:shoplifting</c>.</summary>
    internal static string Concept(NamedTopicKind kind, string id) => $"{ConceptMark}{kind.ToString().ToLowerInvariant()}:{id}";

    /// <summary>The concept token of a lexicon group, e.g. <c>#word:up</c>.</summary>
    internal static string Concept(string lexiconGroup) => LexiconConceptPrefix + lexiconGroup;

    /// <summary>How the concept token of a lexicon group starts.</summary>
    internal static readonly string LexiconConceptPrefix = ConceptMark + "word:";

    private static Analyzer Chain(CharArraySet? questionStems, SynonymMap? synonyms) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        if (questionStems is not null)
        {
            stream = new StopFilter(Version, stream, questionStems);
        }

        if (synonyms is not null)
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: false);
        }

        return new TokenStreamComponents(source, stream);
    });

    private static SynonymMap BuildSynonyms(IEnumerable<NamedTopic> topics, Analyzer words)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        void Add(string name, string concept)
        {
            var stems = Tokens(words, name).Select(t => t.Term).ToArray();
            if (stems.Length > 0)
            {
                builder.Add(SynonymMap.Builder.Join(stems, new CharsRef()), new CharsRef(concept), includeOrig: true);
            }
        }

        foreach (var topic in topics)
        {
            var concept = Concept(topic.Kind, topic.Id);
            foreach (var name in topic.Names)
            {
                Add(name, concept);
            }
        }

        foreach (var (id, groupWords) in RetrievalLexicon.Groups)
        {
            foreach (var word in groupWords)
            {
                Add(word, Concept(id));
            }
        }

        return builder.Build();
    }
}
