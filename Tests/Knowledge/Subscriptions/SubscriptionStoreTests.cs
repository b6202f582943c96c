using Microsoft.Extensions.Time.Testing;
using SafetyBot.Knowledge.Subscriptions;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Knowledge.Subscriptions;

/// <summary>The subscription store on every provider (one nested class each).</summary>
public abstract class SubscriptionStoreTests : IDisposable
{
    private readonly ProviderStore _stores;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2018, 5, 2, 10, 0, 0, TimeSpan.Zero));
    private readonly ISubscriptionStore _store;

    protected SubscriptionStoreTests(StoreProvider provider)
    {
        _stores = ProviderStore.Open(provider);
        _store = _stores.Subscriptions(_time);
    }

    public void Dispose() => _stores.Dispose();

    [Fact]
    public void Subscribe_StoresTheConversationWithWhoAndWhen()
    {
        var result = _store.Subscribe(Conversation("19:board@thread.tacv2", "{\"v\":1}", "Partnership › General"), "admin-1");

        Assert.False(result.WasAlreadyActive);
        var saved = Assert.Single(_store.ListActive());
        Assert.Equal(("19:board@thread.tacv2", "{\"v\":1}", ConversationKind.Channel, "Partnership › General", "tenant-1"),
            (saved.ConversationKey, saved.ReferenceJson, saved.Kind, saved.DisplayName, saved.TenantId));
        Assert.Equal(("admin-1", _time.GetUtcNow(), true), (saved.CreatedBy, saved.CreatedAt, saved.IsActive));
        Assert.NotNull(_store.FindConversation("19:board@thread.tacv2"));
    }

    [Fact]
    public void HasSubscription_AfterSubscribeUnsubscribeAndARestart_AnswersFromTheStore()
    {
        Assert.False(_store.HasSubscription("19:board"));

        _store.Subscribe(Conversation("19:board", "{\"v\":1}"), "admin-1");
        Assert.True(_store.HasSubscription("19:board"));
        _store.Unsubscribe("19:board", "admin-1");
        Assert.True(_store.HasSubscription("19:board"));

        var restarted = Restarted();
        Assert.True(restarted.HasSubscription("19:board"));
        Assert.False(restarted.HasSubscription("19:other"));
        Assert.False(restarted.HasSubscription(" "));
    }

    [Fact]
    public void SubscribeAgain_KeepsOneSubscriptionAndItsStart_RefreshingTheReference()
    {
        _store.Subscribe(Conversation("19:board", "{\"v\":1}"), "admin-1");
        var subscribedAt = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromDays(1));

        var again = _store.Subscribe(Conversation("19:board", "{\"v\":2}"), "admin-2");

        Assert.True(again.WasAlreadyActive);
        var saved = Assert.Single(_store.List());
        Assert.Equal(("{\"v\":2}", "admin-1", subscribedAt), (saved.ReferenceJson, saved.CreatedBy, saved.CreatedAt));
    }

    [Fact]
    public void Unsubscribe_KeepsTheRecordInactiveWithTheReason_AndResubscribingStartsAgain()
    {
        _store.Subscribe(Conversation("19:board", "{}"), "admin-1");

        Assert.True(_store.Unsubscribe("19:board", "admin-2"));
        Assert.False(_store.Unsubscribe("19:board", "admin-2"));

        Assert.Empty(_store.ListActive());
        var stopped = Assert.Single(_store.List());
        Assert.Equal((false, "Unsubscribed by admin-2.", _time.GetUtcNow()), (stopped.IsActive, stopped.DeactivatedReason, stopped.DeactivatedAt));

        _time.Advance(TimeSpan.FromHours(1));
        var again = _store.Subscribe(Conversation("19:board", "{}"), "admin-3");
        Assert.False(again.WasAlreadyActive);
        Assert.Equal((true, null, "admin-3", _time.GetUtcNow()), (again.Subscription.IsActive, again.Subscription.DeactivatedReason, again.Subscription.CreatedBy, again.Subscription.CreatedAt));
    }

    [Fact]
    public void RememberConversation_RecordsUnsubscribedConversations_AndRefreshesSubscribedOnes()
    {
        _store.RememberConversation(Conversation("19:other", "{\"v\":1}"));
        _store.Subscribe(Conversation("19:board", "{\"v\":1}"), "admin-1");

        _store.RememberConversation(Conversation("19:board", "{\"v\":2}", displayName: null));

        Assert.Equal(["19:board", "19:other"], _store.KnownConversations().Select(c => c.ConversationKey).Order(StringComparer.Ordinal));
        var subscription = _store.Find("19:board")!;
        Assert.Equal(("{\"v\":2}", "Board"), (subscription.ReferenceJson, subscription.DisplayName));
        Assert.Null(_store.Find("19:other"));
    }

    [Fact]
    public void RefreshReference_WritesOnlyForSubscribedConversationsThatChanged()
    {
        _store.Subscribe(Conversation("19:board", "{\"v\":1}"), "admin-1");

        Assert.False(_store.RefreshReference(Conversation("19:board", "{\"v\":1}")));
        Assert.False(_store.RefreshReference(Conversation("19:unknown", "{\"v\":1}")));
        Assert.True(_store.RefreshReference(Conversation("19:board", "{\"v\":2}")));

        Assert.Equal("{\"v\":2}", _store.Find("19:board")!.ReferenceJson);
        Assert.Null(_store.FindConversation("19:unknown"));
    }

    [Fact]
    public void Subscriptions_SurviveARestart()
    {
        _store.Subscribe(Conversation("19:board", "{\"v\":1}"), "admin-1");

        var reopened = Restarted();

        Assert.Equal("{\"v\":1}", Assert.Single(reopened.ListActive()).ReferenceJson);
    }

    private static KnownConversation Conversation(string key, string referenceJson, string? displayName = "Board") => new()
    {
        ConversationKey = key,
        ReferenceJson = referenceJson,
        Kind = ConversationKind.Channel,
        DisplayName = displayName,
        TenantId = "tenant-1",
    };

    private ISubscriptionStore Restarted()
    {
        _stores.Restart();
        return _stores.Subscriptions(_time);
    }

    public sealed class OnLiteDb() : SubscriptionStoreTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : SubscriptionStoreTests(StoreProvider.PostgreSql);
}
