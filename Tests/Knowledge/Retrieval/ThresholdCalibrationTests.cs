using System.Globalization;
using SafetyBot.Knowledge.Retrieval;
using Xunit.Abstractions;

namespace SafetyBot.Tests.Knowledge.Retrieval;

/// <summary>
/// How the "nothing good enough" threshold was set, kept as a test: realistic prose questions must
/// find their passage, questions about something else must find nothing. It prints each question's
/// best coverage and evidence, so a change to the threshold or the analysis shows its margin.
/// </summary>
public sealed class ThresholdCalibrationTests(SeededPassages passages, ITestOutputHelper output) : IClassFixture<SeededPassages>
{
    /// <summary>Questions a member might type, with the aspect a recogniser gives them and the passage that answers them.</summary>
    private static readonly (string Question, PassageAspect Aspect, string Passage)[] Realistic =
    [
        ("why is shoplifting up", PassageAspect.Why, "narrative:shoplifting-context"),
        ("who leads on county lines", PassageAspect.WhoLeads, "intervention:2017/18-1:1"),
        ("when was White Ribbon accreditation", PassageAspect.When, "date:white-ribbon-accreditation"),
        ("what keywords were used for street life", PassageAspect.Definition, "narrative:p3-1718-keywords-definition"),
        ("who wrote the assessment", PassageAspect.Author, "narrative:scanning-purpose"),
        ("what does the crime survey say about domestic abuse", PassageAspect.Survey, "narrative:domestic-abuse-trend"),
        ("what does the assessment recommend for hate crime", PassageAspect.Recommend, "narrative:hate-crime-opportunities"),
        ("what are the caveats about vehicle crime", PassageAspect.Caveat, "narrative:caveat-vehicle-crime-no-volume"),
        ("what is Chelsea's Choice", PassageAspect.WhatIs, "intervention:2017/18-2:5"),
        ("what is the white ribbon campaign", PassageAspect.WhatIs, "programme:3.1"),
        ("what is cuckooing", PassageAspect.WhatIs, "programme:1.1"),
        ("why is knife crime rising", PassageAspect.Why, "narrative:weapon-involved-context"),
        ("why did sexual offences increase", PassageAspect.Why, "narrative:sexual-offences-context"),
        ("why has the domestic abuse marker increased", PassageAspect.Why, "narrative:domestic-abuse-trend"),
        ("when was the cybercrime marker introduced", PassageAspect.When, "date:cybercrime-marker-introduced"),
        ("when was the coercive control conference", PassageAspect.When, "date:coercive-control-conference"),
        ("what do the figures in brackets mean", PassageAspect.Definition, "narrative:p1-1718-vap-table-brackets"),
        ("what does the CSEW say about ASB", PassageAspect.Survey, "narrative:asb-context"),
        ("what does the commercial victimisation survey say", PassageAspect.Survey, "narrative:business-crime-context"),
        ("who is responsible for road safety", PassageAspect.WhoLeads, "narrative:road-safety-context"),
        ("who should lead on domestic abuse", PassageAspect.WhoLeads, "narrative:domestic-abuse-opportunities"),
        ("who supplies drug and alcohol treatment data", PassageAspect.WhoLeads, "narrative:alcohol-opportunities"),
        ("who achieved the white ribbon re-accreditation", PassageAspect.WhoLeads, "outcome:2017/18-2:3"),
        ("where do most modern slavery victims come from", PassageAspect.General, "narrative:modern-slavery-context"),
        ("why are vehicle thefts going up", PassageAspect.Why, "narrative:vehicle-crime-context"),
        ("how are thieves stealing cars", PassageAspect.General, "narrative:vehicle-crime-opportunities"),
        ("what is the IDVA engagement rate doing", PassageAspect.General, "narrative:p2-1718-trend-vawg-idva"),
        ("what happened with the task and finish group on adult exploitation", PassageAspect.General, "intervention:2017/18-3:1"),
        ("what does the RAC say about vehicle theft", PassageAspect.General, "narrative:vehicle-crime-context"),
        ("what does the assessment say about Brexit", PassageAspect.General, "narrative:hate-crime-context"),
        ("what should the partnership do about dwelling burglary", PassageAspect.Recommend, "narrative:dwelling-burglary-opportunities"),
        ("is there a problem with under reporting of cybercrime", PassageAspect.General, "narrative:cybercrime-context"),
        ("what is the long term trend in road traffic collisions", PassageAspect.General, "narrative:road-safety-context"),
        ("how many teenagers died from knife crime", PassageAspect.General, "narrative:weapon-involved-context"),
        ("what is the Market Ward programme", PassageAspect.WhatIs, "programme:2.1"),
        ("what are hotspots", PassageAspect.WhatIs, "priority:2018/19-2"),
        ("what recording changes affected violence without injury", PassageAspect.General, "narrative:violence-without-injury-context"),
        ("what's the rank for shoplifting among similar areas", PassageAspect.General, "narrative:shoplifting-context"),
        ("why is burglary up", PassageAspect.Why, "narrative:dwelling-burglary-context"),
        ("what is the purpose of the assessment", PassageAspect.Author, "narrative:scanning-purpose"),
    ];

    /// <summary>Questions about something the assessment does not cover.</summary>
    private static readonly (string Question, PassageAspect Aspect)[] OutOfScope =
    [
        ("what's the weather", PassageAspect.General),
        ("what's the weather tomorrow", PassageAspect.General),
        ("who won the football", PassageAspect.General),
        ("who won the football last night", PassageAspect.General),
        ("how do I reset my password", PassageAspect.General),
        ("what time is it", PassageAspect.General),
        ("can you book me a meeting room", PassageAspect.General),
        ("what is the capital of France", PassageAspect.General),
        ("tell me a joke", PassageAspect.General),
        ("how do I make a cup of tea", PassageAspect.General),
        ("what is the best pizza in Cambridge", PassageAspect.General),
        ("when is the next train to London", PassageAspect.When),
        ("who is the prime minister", PassageAspect.WhoLeads),
        ("why is the sky blue", PassageAspect.Why),
        ("what is bitcoin", PassageAspect.WhatIs),
        ("what's the crime rate in Manchester", PassageAspect.General),
        ("who leads the NHS", PassageAspect.WhoLeads),
        ("what are the parking rules in the city centre", PassageAspect.General),
        ("when does the library open", PassageAspect.When),
        ("what does the survey of staff satisfaction say", PassageAspect.Survey),
        ("what does the council recommend for recycling", PassageAspect.Recommend),
        ("how tall is the Eiffel tower", PassageAspect.General),
        ("what is the speed limit on the M11", PassageAspect.General),
        ("who wrote Harry Potter", PassageAspect.Author),
        ("what is the meaning of life", PassageAspect.Definition),
        ("why do cats purr", PassageAspect.Why),
        ("how is the university ranked", PassageAspect.General),
        ("what are the bin collection days", PassageAspect.When),
        ("who is the chief constable", PassageAspect.WhoLeads),
        ("what is the budget of the police", PassageAspect.General),
        ("how do I apply for a blue badge", PassageAspect.General),
    ];

    [Fact]
    public void Threshold_SeparatesRealisticQuestionsFromQuestionsAboutSomethingElse()
    {
        var problems = new List<string>();
        var accepted = new List<double>();
        foreach (var (question, aspect, expected) in Realistic)
        {
            var result = passages.Search.Search(new PassageQuery(question, Aspect: aspect));
            output.WriteLine(Line("in scope", question, result));
            if (result.Best?.Passage.Id != expected)
            {
                problems.Add($"\"{question}\": expected {expected}, got {result.Best?.Passage.Id ?? "nothing"}");
            }
            else
            {
                accepted.Add(result.Best.Coverage);
            }
        }

        var rejected = new List<double>();
        foreach (var (question, aspect) in OutOfScope)
        {
            var result = passages.Search.Search(new PassageQuery(question, Aspect: aspect));
            output.WriteLine(Line("out of scope", question, result));
            rejected.Add(result.TopCoverage);
            if (result.Found)
            {
                problems.Add($"\"{question}\": expected nothing, got {result.Best!.Passage.Id}");
            }
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"threshold: coverage >= {PassageIndex.MinCoverage} and evidence >= {PassageIndex.MinEvidence} (or a named topic); " +
            $"lowest accepted coverage {accepted.DefaultIfEmpty(0).Min():F2}, highest rejected top coverage {rejected.DefaultIfEmpty(0).Max():F2}"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string Line(string label, string question, PassageResult result) => string.Create(
        CultureInfo.InvariantCulture,
        $"{label,-12} cov={result.TopCoverage:F2} ev={result.TopEvidence:F2} {(result.Found ? "found " + result.Best!.Passage.Id : "nothing")} <- {question}");
}
