using LiteDB;
using Npgsql;
using SafetyBot.Knowledge.Storage.PostgreSql;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Knowledge.Storage.PostgreSql;

/// <summary>LiteDB records through PostgreSQL <c>jsonb</c> and back: every value keeps its type and its exact value.</summary>
public sealed class BsonJsonTests : IDisposable
{
    private readonly TempPostgresDatabase _postgres = new();

    public void Dispose() => _postgres.Dispose();

    [Fact]
    public void Document_ThroughJsonb_ReadsBackEqual_WithEveryValueOfItsType()
    {
        var document = new BsonDocument
        {
            ["_id"] = new BsonValue(9_000_000_001L),
            ["Int"] = 42,
            ["Long"] = 5L,
            ["Double"] = 0.123456789012345678,
            ["WholeDouble"] = 3.0,
            ["Tiny"] = 1e-12,
            ["Huge"] = 1e20,
            ["Decimal"] = 512.40m,
            ["Text"] = "Violence \"with\" injury – £, \\ and\nlines",
            ["When"] = new DateTime(2018, 7, 10, 9, 0, 0, 123, DateTimeKind.Utc),
            ["Bytes"] = new BsonValue(new byte[] { 0, 1, 254, 255 }),
            ["Guid"] = Guid.Parse("3b2f0000-0000-0000-0000-00000000a001"),
            ["Yes"] = true,
            ["Nothing"] = BsonValue.Null,
            ["List"] = new BsonArray(1, "two", new BsonDocument { ["three"] = 3.5 }),
        };

        using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT $1::jsonb::text", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = BsonJson.Write(document) });
        var back = BsonJson.Read((string)command.ExecuteScalar()!).AsDocument;

        Assert.Equal(document.Keys.Order(), back.Keys.Order());
        foreach (var key in document.Keys)
        {
            Assert.True(document[key].Type == back[key].Type, $"{key}: {document[key].Type} became {back[key].Type}");
            Assert.True(document[key] == back[key], $"{key}: {document[key]} became {back[key]}");
        }
    }
}
