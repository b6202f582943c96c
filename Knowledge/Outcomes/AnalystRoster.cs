using LiteDB;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge.Outcomes;

/// <summary>
/// Who may load data: the analysts admins appoint (kept in <see cref="CollectionName"/>) and the admins. Making and
/// removing an analyst checks that the actor is an admin inside the transaction that writes it and its audit entry.
/// As the <see cref="IImportPermission"/> of uploads: analysts and admins import, admins undo.
/// </summary>
public sealed class AnalystRoster : IImportPermission
{
    /// <summary>The collection of analysts.</summary>
    public const string CollectionName = "analysts";

    private readonly SafetyDatabase _database;
    private readonly IOutcomeStore _outcomes;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    /// <summary>Creates the roster on the app's database.</summary>
    public AnalystRoster(SafetyDatabase database, IOutcomeStore outcomes, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _outcomes = outcomes;
        _time = time;
    }

    private ILiteCollection<DataAnalyst> Analysts => _database.Database.GetCollection<DataAnalyst>(CollectionName);

    /// <summary>True when <paramref name="aadObjectId"/> is one of the configured admins (<see cref="IOutcomeStore.IsAdmin"/>).</summary>
    public bool IsAdmin(string? aadObjectId) => _outcomes.IsAdmin(aadObjectId);

    /// <summary>True when <paramref name="aadObjectId"/> is an analyst.</summary>
    public bool IsAnalyst(string? aadObjectId) =>
        !string.IsNullOrWhiteSpace(aadObjectId) && Analysts.FindById(Key(aadObjectId)) is not null;

    /// <summary>True when <paramref name="aadObjectId"/> may load data: an analyst or an admin.</summary>
    public bool MayLoadData(string? aadObjectId) => IsAdmin(aadObjectId) || IsAnalyst(aadObjectId);

    /// <summary>Every analyst, by name.</summary>
    public IReadOnlyList<DataAnalyst> All() => Analysts.FindAll().OrderBy(a => a.Name, StringComparer.CurrentCulture).ToList();

    /// <summary>Makes <paramref name="aadObjectId"/> an analyst. Admins only; audited.</summary>
    /// <exception cref="WriteRefusedException">The actor is not an admin, or the id cannot be an object id.</exception>
    public DataAnalyst Make(string aadObjectId, string name, Actor admin)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        ArgumentNullException.ThrowIfNull(admin);
        if (!IndexKey.Fits(aadObjectId.Trim()))
        {
            throw new WriteRefusedException("That member id is too long to be a Microsoft Entra object id.");
        }

        return _database.WriteShared(_gate, () =>
        {
            RequireAdmin(admin);
            var before = Analysts.FindById(Key(aadObjectId));
            var analyst = new DataAnalyst
            {
                Id = Key(aadObjectId),
                Name = string.IsNullOrWhiteSpace(name) ? aadObjectId.Trim() : name.Trim(),
                AddedBy = admin.AadObjectId,
                AddedAt = _time.GetUtcNow(),
            };
            Analysts.Upsert(analyst);
            _database.Touched(CollectionName, analyst.Id);
            AuditRecords.Insert(_database, analyst.AddedAt, admin, "analyst.made", analyst.Name, before, analyst);
            return analyst;
        });
    }

    /// <summary>Removes an analyst. Admins only; audited. False when they were not one.</summary>
    /// <exception cref="WriteRefusedException">The actor is not an admin.</exception>
    public bool Remove(string aadObjectId, Actor admin)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        ArgumentNullException.ThrowIfNull(admin);
        return _database.WriteShared(_gate, () =>
        {
            RequireAdmin(admin);
            var before = Analysts.FindById(Key(aadObjectId));
            if (before is null)
            {
                return false;
            }

            Analysts.Delete(before.Id);
            _database.Touched(CollectionName, before.Id);
            AuditRecords.Insert(_database, _time.GetUtcNow(), admin, "analyst.removed", before.Name, before, after: null);
            return true;
        });
    }

    /// <inheritdoc />
    public bool MayImport(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsIdentified && MayLoadData(actor.AadObjectId);
    }

    /// <inheritdoc />
    public bool MayUndo(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsIdentified && IsAdmin(actor.AadObjectId);
    }

    private static string Key(string aadObjectId) => aadObjectId.Trim().ToLowerInvariant();

    private void RequireAdmin(Actor actor)
    {
        if (!actor.IsIdentified || !IsAdmin(actor.AadObjectId))
        {
            throw new WriteRefusedException("Only a SafetyBot admin can do that.");
        }
    }
}
