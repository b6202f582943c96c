using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SafetyBot.Cards;
using SafetyBot.Cards.Admin;
using SafetyBot.Cards.Building;
using SafetyBot.Cards.Caveats;
using SafetyBot.Cards.Choices;
using SafetyBot.Cards.Findings;
using SafetyBot.Cards.Glossary;
using SafetyBot.Cards.Sources;
using SafetyBot.Cards.Help;
using SafetyBot.Cards.Imports;
using SafetyBot.Cards.Indicators;
using SafetyBot.Cards.Lists;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Movers;
using SafetyBot.Cards.Outcomes;
using SafetyBot.Cards.Overviews;
using SafetyBot.Cards.Priorities;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Questions;
using SafetyBot.Tests.Infrastructure;
using SafetyBot.Tests.Knowledge;
using SafetyBot.Knowledge.Storage.LiteDb;

namespace SafetyBot.Tests.Cards;

/// <summary>
/// Every card SafetyBot can produce, generated from the seeded store: every indicator with every
/// focus (and the period variants), the overviews, movers, findings, caveats, every glossary term,
/// every priority and programme, help, did-you-mean, outcome and admin cards.
/// </summary>
internal sealed class EveryCard : IDisposable
{
    private static readonly Actor Admin = new("admin-1", "Ada Admin");
    private static readonly Actor Lead = new("lead-1", "Lee *Lead* [O'Brien]");

    private readonly TestStore _knowledge = TestStore.Create();
    private readonly TempDatabase _outcomes = new([typeof(OutcomeUpdate), typeof(ActionLead), typeof(AuditEntry), typeof(UnansweredQuestion)]);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2018, 5, 2, 10, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _outcomes.Dispose();
        _knowledge.Dispose();
    }

    /// <summary>Each card with a file-safe name.</summary>
    public async Task<IReadOnlyList<(string Name, CardReply Reply)>> BuildAsync()
    {
        var store = _knowledge.Store;
        var outcomeStore = await OutcomeStoreWithUpdatesAsync(store);
        var cards = new List<(string, CardReply)>();

        var indicators = new IndicatorCardBuilder(store);
        foreach (var indicator in store.Indicators())
        {
            foreach (var focus in Enum.GetValues<IndicatorFocus>())
            {
                cards.Add(($"indicator-{indicator.Id}-{focus}", indicators.Build(new IndicatorQuestion(indicator.Id, focus))));
            }

            cards.Add(($"indicator-{indicator.Id}-year-2016", indicators.Build(new IndicatorQuestion(indicator.Id, IndicatorFocus.Volume) { Year = 2016 })));
            cards.Add(($"indicator-{indicator.Id}-year-missing", indicators.Build(new IndicatorQuestion(indicator.Id, IndicatorFocus.Volume) { Year = 1999 })));
            cards.Add(($"indicator-{indicator.Id}-series-since-2012", indicators.Build(new IndicatorQuestion(indicator.Id, IndicatorFocus.Series) { FromYear = 2012, ToYear = 2017 })));
            cards.Add(($"indicator-{indicator.Id}-q2", indicators.Build(new IndicatorQuestion(indicator.Id, IndicatorFocus.Quarters) { Quarter = 2 })));
            cards.Add(($"indicator-{indicator.Id}-q4-missing", indicators.Build(new IndicatorQuestion(indicator.Id, IndicatorFocus.Quarters) { Quarter = 4, FinancialYearStart = 2017 })));
            cards.Add(($"indicator-{indicator.Id}-ytd", indicators.Build(new IndicatorQuestion(indicator.Id, IndicatorFocus.Quarters) { YearToDate = true, FinancialYearStart = 2017 })));
        }

        var overviews = new CityOverviewCardBuilder(store);
        cards.Add(("overview-compare", overviews.Compare()));
        cards.Add(("overview-national", overviews.National()));
        cards.Add(("overview-quarters", overviews.Quarters()));

        var movers = new MoversCardBuilder(store);
        cards.Add(("movers-both", movers.Build(null)));
        cards.Add(("movers-up", movers.Build(MoveDirection.Up)));
        cards.Add(("movers-down", movers.Build(MoveDirection.Down)));

        cards.Add(("movers-up-property-crime", movers.Build(MoveDirection.Up, category: "Property crime")));
        cards.Add(("movers-group-not-held", movers.Build(null, category: "*no such group*")));

        cards.Add(("findings", new FindingsCardBuilder(store).Build()));
        cards.Add(("findings-violence", new FindingsCardBuilder(store).Build("Violence")));

        var lists = new TopicListCardBuilder(store);
        cards.Add(("topics-scanning-table", lists.Topics(null, [], null)));
        cards.Add(("topics-property-crime", lists.Topics("Property crime", [], null)));
        cards.Add(("topics-socp", lists.Topics(null, ["SOCP", "Serious and Organised Crime Profile"], "SOCP")));
        cards.Add(("topics-mention-nowhere", lists.Topics(null, ["*zz* [nothing]"], null)));
        cards.Add(("priorities-reviewed", lists.ReviewedPriorities()));
        var volumes = new VolumeRankingCardBuilder(store);
        cards.Add(("topics-by-volume", volumes.Build(VolumeOrder.LargestFirst)));
        cards.Add(("topics-by-rate-smallest", volumes.Build(VolumeOrder.SmallestFirst, rates: true)));
        cards.Add(("topics-by-volume-property-crime", volumes.Build(VolumeOrder.LargestFirst, "Property crime")));
        cards.Add(("topics-by-volume-no-group", volumes.Build(VolumeOrder.LargestFirst, "No such group")));
        cards.Add(("no-figure", NoFigureCard.Build("The 2017/18 strategic assessment has no figure for that.", [CardParts.Ask("What does KSI mean?", Intent.Glossary, "ksi")])));
        var gaps = new SafetyBot.Dialogs.Questions.GapReplies(store);
        cards.Add(("gap-breakdown", gaps.Breakdown("ward", ["dwelling-burglary"])));
        cards.Add(("gap-breakdown-quoted", gaps.Breakdown("gender", ["domestic-abuse-prevalence"])));
        cards.Add(("gap-breakdown-two-topics", gaps.Breakdown("age", ["domestic-violence-offences", "domestic-abuse-incidents"])));
        cards.Add(("gap-breakdown-no-topic", gaps.Breakdown("ward", [])));
        cards.Add(("gap-period-later", gaps.Period(Period.FinancialYear(2018))));
        cards.Add(("gap-period-held", gaps.Period(Period.CalendarYear(2017))));
        cards.Add(("caveats", new CaveatsCardBuilder(store).Build()));
        var sources = new FigureSourcesCardBuilder(store);
        cards.AddRange(store.Indicators().Select(i => ($"sources-{i.Id}", sources.Build(i.Id)!)));

        var glossary = new GlossaryCardBuilder(store);
        cards.AddRange(store.GlossaryTerms().Select(t => ($"glossary-{t.Id}", glossary.Build(t.Id))));
        cards.Add(("glossary-list", glossary.Build(null)));
        cards.Add(("glossary-unknown", glossary.Build("*zz* [not a term] #1")));

        var topicPriorities = new TopicPriorityCardBuilder(store, new PriorityCardBuilder(store));
        cards.Add(("topic-priority-yes", topicPriorities.Build("domestic-abuse-incidents")!));
        cards.Add(("topic-priority-no", topicPriorities.Build("road-safety")!));
        cards.Add(("topic-priority-reviewed", topicPriorities.Build("violence-against-the-person", pastYearAsked: true)!));

        var priorities = new PriorityCardBuilder(store);
        var progress = await ActionProgress.ReadAsync(outcomeStore);
        CardAction[] walkthrough =
        [
            new SubmitAction("Back", new SubmitData("dialog.back")),
            new SubmitAction("Next (2 of 3)", new SubmitData("dialog.answer").With("value", "next")) { Style = ActionStyle.Positive },
            new SubmitAction("Stop", new SubmitData("dialog.cancel")),
        ];
        foreach (var priority in store.Priorities())
        {
            var number = priority.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            cards.Add(($"priority-{number}", priorities.Build(number, progress) ?? throw new InvalidOperationException($"No card for priority {number}.")));
            cards.Add(($"priority-{number}-walkthrough", priorities.Build(number, progress, walkthrough)!));
            foreach (var code in priority.ProgrammeCodes)
            {
                cards.Add(($"programme-{code}", priorities.Build(code, progress) ?? throw new InvalidOperationException($"No card for programme {code}.")));
                cards.Add(($"programme-{code}-walkthrough", priorities.Build(code, progress, walkthrough)!));
            }
        }

        cards.Add(("help", HelpCardBuilder.Help()));
        cards.Add(("welcome", HelpCardBuilder.Welcome("Morgan")));
        cards.Add(("welcome-no-name", HelpCardBuilder.Welcome(null)));
        cards.Add(("not-understood", HelpCardBuilder.NotUnderstood()));
        cards.Add(("long-message", HelpCardBuilder.TooLong()));

        cards.Add(("did-you-mean-domestic-abuse", DidYouMeanCardBuilder.Build(store.FindIndicators("domestic abuse"), SafetyBot.Cards.Intent.Change)));
        cards.Add(("did-you-mean-violence", DidYouMeanCardBuilder.Build(
            [.. new[] { "violence-with-injury", "violence-without-injury", "violence-against-the-person" }.Select(id => store.FindIndicator(id)!)],
            SafetyBot.Cards.Intent.Compare)));

        cards.AddRange(await OutcomeCardsAsync(outcomeStore));
        cards.AddRange(await AdminCardsAsync(outcomeStore));
        cards.AddRange(ImportCards());
        return cards;
    }

    private static async Task<IEnumerable<(string, CardReply)>> OutcomeCardsAsync(IOutcomeStore store)
    {
        var draft = new OutcomeDraft("1.1-a", "Identify and understand", OutcomeStatus.AtRisk, "Two *new* referrals\n1. from [schools]", 12m, "referrals_#", new DateOnly(2018, 4, 30));
        var bare = draft with { MeasureValue = null, MeasureUnit = null, OccurredOn = null, Status = OutcomeStatus.Complete };
        var saved = (await store.UpdatesForAsync("1.1-a"))[0];
        return
        [
            ("outcome-summary", OutcomeCardBuilder.Summary(draft)),
            ("outcome-summary-bare", OutcomeCardBuilder.Summary(bare)),
            ("outcome-saved", OutcomeCardBuilder.Saved(draft, saved, wasRepeat: false)),
            ("outcome-saved-repeat", OutcomeCardBuilder.Saved(draft, saved, wasRepeat: true)),
            ("outcome-history", OutcomeCardBuilder.History("1.1-a Identify and understand", await store.UpdatesForAsync("1.1-a"), await store.LeadsOfAsync("1.1-a"))),
            ("outcome-history-empty", OutcomeCardBuilder.History("1.2-a", [], [])),
        ];
    }

    private async Task<IEnumerable<(string, CardReply)>> AdminCardsAsync(IOutcomeStore store)
    {
        var now = _time.GetUtcNow();
        UnansweredQuestion[] unanswered =
        [
            new() { Id = "who won the match", Text = "who won the match", Times = 2, FirstAsked = now, LastAsked = now },
            new() { Id = "what is the *weather* [today]?", Text = "what is the *weather* [today]?", Times = 1, FirstAsked = now, LastAsked = now },
        ];
        var actions = (await store.AllLeadsAsync()).GroupBy(l => l.ActionId)
            .Select(g => (g.Key, "Action " + g.Key, (IReadOnlyList<ActionLead>)[.. g]))
            .Append(("9.9-z", "No lead yet", []))
            .ToList();
        return
        [
            ("admin-leads", AdminCardBuilder.Leads("all actions", actions)),
            ("admin-audit", AdminCardBuilder.Audit(await store.ReadAuditAsync(Admin, 30))),
            ("admin-audit-empty", AdminCardBuilder.Audit([])),
            ("admin-unanswered", AdminCardBuilder.Unanswered(unanswered)),
            ("admin-unanswered-empty", AdminCardBuilder.Unanswered([])),
            ("admin-export", AdminCardBuilder.Export(new Uri("https://example.org/exports/abc?sig=1"), 14, TimeSpan.FromMinutes(15))),
        ];
    }

    /// <summary>The preview of a real upload (a new quarter, a correction), a refused file and an applied one.</summary>
    private IEnumerable<(string, CardReply)> ImportCards()
    {
        const string header = "indicator_id,area,period,measure,value,breakdown,rank_of,is_derived,note,source,source_id,footnote,document,section,period_text";
        var csv = System.Text.Encoding.UTF8.GetBytes(header
            + "\nviolence-without-injury,CambridgeCity,FY2018/19-Q1,Count,512,,,,,Police,,,SA 2018/19 Q1,Table,Apr-Jun"
            + "\ncybercrime,CambridgeCity,2017,Count,91,females *16-59*,,,Revised,Police,,,SA 2018/19,Scanning table,2017\n");
        var importer = new DataImporter(_knowledge.Database, _time, ShellImportPermission.Instance);
        var preview = importer.Preview(ImportBatch.FromBytes("q1_[2018-19].csv", csv));
        yield return ("import-preview", ImportCardBuilder.Preview(preview, "0123456789abcdef", _time.GetUtcNow().AddMinutes(30)));
        var refused = importer.Preview(ImportBatch.FromBytes("bad.csv", System.Text.Encoding.UTF8.GetBytes(header + "\nasb,Nowhere,2019,Count,x,,,,,,,,,,\n")));
        yield return ("import-refused", ImportCardBuilder.Refused(refused.File, refused.Errors));
        yield return ("import-applied", ImportCardBuilder.Applied(preview));
    }

    /// <summary>An outcome store with a lead on every action and updates on some (twelve on 1.1-a, more than a history shows).</summary>
    private async Task<IOutcomeStore> OutcomeStoreWithUpdatesAsync(IKnowledgeStore store)
    {
        var roles = new RoleOptions();
        roles.Admins.Add(Admin.AadObjectId);
        var outcomes = new LiteDbOutcomeStore(_outcomes.Database, new KnowledgeActionCatalog(store), new StaticOptions(roles), _time);
        var actionIds = store.Priorities().SelectMany(p => p.ProgrammeCodes).Select(store.Programme).OfType<ProgrammeDetail>()
            .SelectMany(p => p.Programme.Actions).Select(a => a.Id).ToList();
        var statuses = Enum.GetValues<OutcomeStatus>();
        foreach (var (actionId, index) in actionIds.Select((a, i) => (a, i)))
        {
            await outcomes.AssignLeadAsync(actionId, Lead.AadObjectId, Lead.Name, Admin);
            var updates = index == 0 ? 12 : index % 2;
            for (var n = 0; n < updates; n++)
            {
                _time.Advance(TimeSpan.FromHours(1));
                await outcomes.LogAsync(
                    new OutcomeUpdate
                    {
                        IdempotencyKey = $"{actionId}-{n}",
                        ActionId = actionId,
                        Status = statuses[(index + n) % statuses.Length],
                        Summary = $"Update {n} with _markdown_ *chars* and a [link](x)\nsecond line",
                        MeasureValue = n % 2 == 0 ? 3.5m + n : null,
                        MeasureUnit = n % 2 == 0 ? "sessions" : null,
                        OccurredOn = n % 3 == 0 ? new DateTime(2018, 4, 1 + n, 0, 0, 0, DateTimeKind.Utc) : null,
                    },
                    Lead);
            }
        }

        return outcomes;
    }

    private sealed class StaticOptions(RoleOptions value) : IOptionsMonitor<RoleOptions>
    {
        public RoleOptions CurrentValue => value;

        public RoleOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<RoleOptions, string?> listener) => null;
    }
}
