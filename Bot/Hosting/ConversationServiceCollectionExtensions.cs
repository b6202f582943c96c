using Microsoft.Bot.Builder;
using SafetyBot.Cards.Caveats;
using SafetyBot.Cards.Findings;
using SafetyBot.Cards.Glossary;
using SafetyBot.Cards.Sources;
using SafetyBot.Cards.Indicators;
using SafetyBot.Cards.Lists;
using SafetyBot.Bot.Proactive;
using SafetyBot.Cards.Movers;
using SafetyBot.Cards.Overviews;
using SafetyBot.Cards.Passages;
using SafetyBot.Cards.Priorities;
using SafetyBot.Cards.Summaries;
using SafetyBot.Cards.Tables;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Uploads;
using SafetyBot.Dialogs.Admin;
using SafetyBot.Dialogs.Analysts;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.Fallback;
using SafetyBot.Dialogs.Greeting;
using SafetyBot.Dialogs.Language;
using SafetyBot.Dialogs.Leads;
using SafetyBot.Dialogs.OutcomeUpdate;
using SafetyBot.Dialogs.Passages;
using SafetyBot.Dialogs.Priorities;
using SafetyBot.Dialogs.Questions;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Dialogs.UpdateHistory;
using SafetyBot.Dialogs.Uploads;
using SafetyBot.Knowledge.Caching;

namespace SafetyBot.Bot.Hosting;

/// <summary>Registers the conversations: understanding, the routing table's handlers, card builders and dialogs.</summary>
internal static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExportOptions>().Bind(configuration.GetSection(ExportOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DataUploadOptions>().Bind(configuration.GetSection(DataUploadOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DataUploadOptions>, DataUploadOptionsValidator>();

        // Files attached in Teams: downloaded by hand (each redirect checked), never logged (the link carries a token).
        services.AddHttpClient(TeamsFileDownloader.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.AddSingleton<IFileDownloader, TeamsFileDownloader>();

        // The one cache policy (README, Architecture): what is kept in memory about answers, bounded, by knowledge version.
        services.AddOptions<KnowledgeCacheOptions>().Bind(configuration.GetSection(KnowledgeCacheOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<KnowledgeCache>();
        services.AddSingleton<RenderedCards>();
        services.AddSingleton<PriorityCards>();

        services.AddSingleton<ConversationAccessors>();
        services.AddSingleton<IVocabularySource, KnowledgeVocabulary>();
        services.AddSingleton<IntentRecognizer>();
        services.AddSingleton<IIntentRecognizer, RecentUnderstandings>();
        services.AddSingleton<IndicatorCardBuilder>();
        services.AddSingleton<IndicatorAnswers>();
        services.AddSingleton<SiblingTopics>();
        services.AddSingleton<TopicTies>();
        services.AddSingleton<PriorityCardBuilder>();
        services.AddSingleton<TopicPriorityCardBuilder>();
        services.AddSingleton<CityOverviewCardBuilder>();
        services.AddSingleton<GapReplies>();
        services.AddSingleton<MoversCardBuilder>();
        services.AddSingleton<TableCardBuilder>();
        services.AddSingleton<FindingsCardBuilder>();
        services.AddSingleton<TopicListCardBuilder>();
        services.AddSingleton<VolumeRankingCardBuilder>();
        services.AddSingleton<GlossaryCardBuilder>();
        services.AddSingleton<FigureSourcesCardBuilder>();
        services.AddSingleton<CaveatsCardBuilder>();
        services.AddSingleton<UpdateExports>();
        services.AddSingleton<QuarterlySummaryCardBuilder>();
        services.AddSingleton<PassageCardBuilder>();
        services.AddSingleton<PassageAnswers>();

        // The quarterly summary is the card (AddSafetyBotProactive falls back to text without it).
        services.AddSingleton<IQuarterlySummaryComposer, CardQuarterlySummaryComposer>();

        // The routing table: one handler per intent (and card verb).
        services.AddSingleton<IIntentHandler, GreetingHandler>();
        services.AddSingleton<IIntentHandler, IndicatorQuestionHandler>();
        services.AddSingleton<IIntentHandler, ClarifyHandler>();
        services.AddSingleton<IIntentHandler, MoversHandler>();
        services.AddSingleton<IIntentHandler, FindingsHandler>();
        services.AddSingleton<IIntentHandler, TopicListHandler>();
        services.AddSingleton<IIntentHandler, GlossaryHandler>();
        services.AddSingleton<IIntentHandler, FigureSourcesHandler>();
        services.AddSingleton<IIntentHandler, NotCoveredHandler>();
        services.AddSingleton<IIntentHandler, TopicComparisonHandler>();
        services.AddSingleton<IIntentHandler, CaveatsHandler>();
        services.AddSingleton<IIntentHandler, PriorityHandler>();
        services.AddSingleton<IIntentHandler, LogUpdateHandler>();
        services.AddSingleton<IIntentHandler, UpdateHistoryHandler>();
        services.AddSingleton<IIntentHandler, ExportUpdatesHandler>();
        services.AddSingleton<IIntentHandler, LeadsHandler>();
        services.AddSingleton<IIntentHandler, AuditHandler>();
        services.AddSingleton<IIntentHandler, UnansweredReviewHandler>();
        services.AddSingleton<IIntentHandler, StaleButtonHandler>();
        services.AddSingleton<IIntentHandler, SummaryCommandsHandler>();
        services.AddSingleton<IIntentHandler, PassageHandler>();
        services.AddSingleton<IIntentHandler, LongMessageHandler>();
        services.AddSingleton<IIntentHandler, AnalystsHandler>();
        services.AddSingleton<IIntentHandler, DataUploadHandler>();
        services.AddSingleton<UnknownHandler>();
        services.AddSingleton<IIntentHandler>(provider => provider.GetRequiredService<UnknownHandler>());
        services.AddSingleton<ConversationRouter>();

        // Dialogs, with their state in conversation state.
        services.AddSingleton(provider =>
        {
            var set = new DialogSet(provider.GetRequiredService<ConversationState>());
            var time = provider.GetRequiredService<TimeProvider>();
            Dialog[] dialogs =
            [
                ActivatorUtilities.CreateInstance<OutcomeUpdateDialog>(provider),
                ActivatorUtilities.CreateInstance<AssignLeadDialog>(provider),
                ActivatorUtilities.CreateInstance<RemoveLeadDialog>(provider),
                ActivatorUtilities.CreateInstance<PriorityWalkthroughDialog>(provider),
                ActivatorUtilities.CreateInstance<MakeAnalystDialog>(provider),
                ActivatorUtilities.CreateInstance<RemoveAnalystDialog>(provider),
                .. OutcomeUpdateDialog.Prompts(time),
                .. AssignLeadDialog.Prompts(),
                .. RemoveLeadDialog.Prompts(),
                .. MakeAnalystDialog.Prompts(),
                .. RemoveAnalystDialog.Prompts(),
            ];
            foreach (var dialog in dialogs)
            {
                set.Add(dialog);
            }

            return set;
        });
        services.AddSingleton(provider => new DialogRunner(provider.GetRequiredService<DialogSet>()));
        return services;
    }
}
