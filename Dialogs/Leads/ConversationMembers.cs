using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;

namespace SafetyBot.Dialogs.Leads;

/// <summary>The members of the conversation (from Teams), and typed member ids.</summary>
public static partial class ConversationMembers
{
    /// <summary>The conversation's members with an Entra object id; empty when Teams cannot be asked.</summary>
    public static async Task<IReadOnlyList<TeamMember>> ListAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            var members = new List<TeamMember>();
            string? token = null;
            do
            {
                var page = await TeamsInfo.GetPagedMembersAsync(turnContext, 100, token, cancellationToken).ConfigureAwait(false);
                members.AddRange(page.Members.Where(m => !string.IsNullOrWhiteSpace(m.AadObjectId)).Select(m => new TeamMember(m.AadObjectId, m.Name ?? m.AadObjectId)));
                token = page.ContinuationToken;
            }
            while (!string.IsNullOrEmpty(token) && members.Count < 500);

            return members;
        }
#pragma warning disable CA1031 // Outside Teams (or without permission) there is no member list: ids are typed instead.
        catch (Exception)
#pragma warning restore CA1031
        {
            return [];
        }
    }

    /// <summary>
    /// Reads a member from <paramref name="text"/>: a member's name or id from <paramref name="members"/>,
    /// or a typed "Name, object-id" / object id.
    /// </summary>
    public static TeamMember? Read(string text, IReadOnlyList<TeamMember> members)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(members);
        var trimmed = text.Trim();
        var known = members.FirstOrDefault(m => string.Equals(m.AadObjectId, trimmed, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.Name, trimmed, StringComparison.OrdinalIgnoreCase));
        if (known is not null)
        {
            return known;
        }

        var id = ObjectId().Match(trimmed);
        if (!id.Success)
        {
            return null;
        }

        var name = trimmed.Remove(id.Index, id.Length).Trim(' ', ',', '(', ')', '<', '>', '-');
        var member = members.FirstOrDefault(m => string.Equals(m.AadObjectId, id.Value, StringComparison.OrdinalIgnoreCase));
        return member ?? new TeamMember(id.Value.ToLowerInvariant(), name.Length > 0 ? name : id.Value.ToLowerInvariant());
    }

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", RegexOptions.None)]
    private static partial Regex ObjectId();
}
