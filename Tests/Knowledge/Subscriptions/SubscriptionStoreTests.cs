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
    public async Task Subscribe_StoresTheConversationWithWhoAndWhen()
    {
        var result = await _store.SubscribeAsync(Conversation("19:board@thread.tacv2", "{\"v\":1}", "Partnership › General"), "admin-1");

        Assert.False(result.WasAlreadyActive);
        var saved = Assert.Single(await _store.ListActiveAsync());
        Assert.Equal(("19:board@thread.tacv2", "{\"v\":1}", ConversationKind.Channel, "Partnership › General", "tenant-1"),
            (saved.ConversationKey, saved.ReferenceJson, saved.Kind, saved.DisplayName, saved.TenantId));
        Assert.Equal(("admin-1", _time.GetUtcNow(), true), (saved.CreatedBy, saved.CreatedAt, saved.IsActive));
        Assert.NotNull(await _store.FindConversationAsync("19:board@thread.tacv2"));
    }

    [Fact]
    public async Task HasSubscription_AfterSubscribeUnsubscribeAndARestart_AnswersFromTheStore()
    {
        Assert.False(await _store.HasSubscriptionAsync("19:board"));

        await _store.SubscribeAsync(Conversation("19:board", "{\"v\":1}"), "admin-1");
        Assert.True(await _store.HasSubscriptionAsync("19:board"));
        await _store.UnsubscribeAsync("19:board", "admin-1");
        Assert.True(await _store.HasSubscriptionAsync("19:board"));

        var restarted = Restarted();
        Assert.True(await restarted.HasSubscriptionAsync("19:board"));
        Assert.False(await restarted.HasSubscriptionAsync("19:other"));
        Assert.False(await restarted.HasSubscriptionAsync(" "));
    }

    [Fact]
    public async Task SubscribeAgain_KeepsOneSubscriptionAndItsStart_RefreshingTheReference()
    {
        await _store.SubscribeAsync(Conversation("19:board", "{\"v\":1}"), "admin-1");
        var subscribedAt = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromDays(1));

        var again = await _store.SubscribeAsync(Conversation("19:board", "{\"v\":2}"), "admin-2");

        Assert.True(again.WasAlreadyActive);
        var saved = Assert.Single(await _store.ListAsync());
        Assert.Equal(("{\"v\":2}", "admin-1", subscribedAt), (saved.ReferenceJson, saved.CreatedBy, saved.CreatedAt));
    }

    [Fact]
    public async Task Unsubscribe_KeepsTheRecordInactiveWithTheReason_AndResubscribingStartsAgain()
    {
        await _store.SubscribeAsync(Conversation("19:board", "{}"), "admin-1");

        Assert.True(await _store.UnsubscribeAsync("19:board", "admin-2"));
        Assert.False(await _store.UnsubscribeAsync("19:board", "admin-2"));

        Assert.Empty(await _store.ListActiveAsync());
        var stopped = Assert.Single(await _store.ListAsync());
        Assert.Equal((false, "Unsubscribed by admin-2.", _time.GetUtcNow()), (stopped.IsActive, stopped.DeactivatedReason, stopped.DeactivatedAt));

        _time.Advance(TimeSpan.FromHours(1));
        var again = await _store.SubscribeAsync(Conversation("19:board", "{}"), "admin-3");
        Assert.False(again.WasAlreadyActive);
        Assert.Equal((true, null, "admin-3", _time.GetUtcNow()), (again.Subscription.IsActive, again.Subscription.DeactivatedReason, again.Subscription.CreatedBy, again.Subscription.CreatedAt));
    }

    [Fact]
    public async Task RememberConversation_RecordsUnsubscribedConversations_AndRefreshesSubscribedOnes()
    {
        await _store.RememberConversationAsync(Conversation("19:other", "{\"v\":1}"));
        await _store.SubscribeAsync(Conversation("19:board", "{\"v\":1}"), "admin-1");

        await _store.RememberConversationAsync(Conversation("19:board", "{\"v\":2}", displayName: null));

        Assert.Equal(["19:board", "19:other"], (await _store.KnownConversationsAsync()).Select(c => c.ConversationKey).Order(StringComparer.Ordinal));
        var subscription = (await _store.FindAsync("19:board"))!;
        Assert.Equal(("{\"v\":2}", "Board"), (subscription.ReferenceJson, subscription.DisplayName));
        Assert.Null(await _store.FindAsync("19:other"));
    }

    [Fact]
    public async Task RefreshReference_WritesOnlyForSubscribedConversationsThatChanged()
    {
        await _store.SubscribeAsync(Conversation("19:board", "{\"v\":1}"), "admin-1");

        Assert.False(await _store.RefreshReferenceAsync(Conversation("19:board", "{\"v\":1}")));
        Assert.False(await _store.RefreshReferenceAsync(Conversation("19:unknown", "{\"v\":1}")));
        Assert.True(await _store.RefreshReferenceAsync(Conversation("19:board", "{\"v\":2}")));

        Assert.Equal("{\"v\":2}", (await _store.FindAsync("19:board"))!.ReferenceJson);
        Assert.Null(await _store.FindConversationAsync("19:unknown"));
    }

    [Fact]
    public async Task Subscriptions_SurviveARestart()
    {
        await _store.SubscribeAsync(Conversation("19:board", "{\"v\":1}"), "admin-1");

        var reopened = Restarted();

        Assert.Equal("{\"v\":1}", Assert.Single(await reopened.ListActiveAsync()).ReferenceJson);
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
