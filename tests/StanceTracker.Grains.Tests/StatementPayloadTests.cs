using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Grains.Tests;

/// <summary>
/// <see cref="StatementPayload"/> against the serializer with <see cref="StorageJson.Options"/>, which read every
/// payload before it: the same record for every statement of both corpora in each form a payload has been stored in,
/// for the forms the serializer accepts beyond them, and a <see cref="JsonException"/> wherever the serializer throws.
/// </summary>
public sealed class StatementPayloadTests
{
    // The form payloads had before the stored encoder kept letters of every script: all non-ASCII text escaped.
    private static readonly JsonSerializerOptions Escaping = new(StorageJson.Options) { Encoder = JavaScriptEncoder.Default };

    private static readonly IReadOnlyList<TargetStanceRecord> NoStances = [];

    // Synthetic, in the shape the article grain records: an Arabic statement with one stance, reported through a medium.
    private const string Sample = """
        {"id":"art-7#2","articleId":"art-7","speakerId":"syn-00023","speakerName":"ممثل تجريبي","published":"2015-07-21T23:59:59.999+03:00","outlet":"alwasat","articleTitle":"عنوان \"تجريبي\"","language":"ar","kind":"indirect","cue":"وقال","content":"نص تجريبي عن المفاوضات","contentStart":855,"contentEnd":1003,"sentence":"وقال ممثل تجريبي إن نص تجريبي عن المفاوضات","sentenceStart":783,"stances":[{"targetId":"syn-target","targetName":"هدف تجريبي","targetType":"organization","stance":"oppose","score":-0.30000000000000004,"confidence":0.8125}],"relayedBy":null,"via":["syn-medium"]}
        """;

    private const string OneRelay = """
        {"statementId":"b#1","articleId":"b","outlet":null,"published":"2015-07-22T08:00:00+00:00","similarity":0.9}
        """;

    private static StatementRecord SerializerReads(byte[] utf8) =>
        JsonSerializer.Deserialize<StatementRecord>(utf8, StorageJson.Options) ?? throw new InvalidOperationException("null");

    /// <summary>Reads the payload from bytes and from a string; both must be the serializer's record. Returns it.</summary>
    private static StatementRecord AssertReadAsSerializerReads(string json) => AssertReadAsSerializerReads(Encoding.UTF8.GetBytes(json));

    private static StatementRecord AssertReadAsSerializerReads(byte[] utf8)
    {
        var expected = SerializerReads(utf8);
        AssertSame(expected, StatementPayload.Read(utf8));
        AssertSame(expected, StatementPayload.Read(Encoding.UTF8.GetString(utf8)));
        return expected;
    }

    /// <summary>Records compare by value except their lists (by reference): those element by element. Exactly, too:
    /// a date's offset (equality compares instants) and a double's bits (equality takes -0 for 0).</summary>
    private static void AssertSame(StatementRecord expected, StatementRecord actual)
    {
        Assert.Equal(Flat(expected), Flat(actual));
        Assert.Equal(expected.Published.Offset, actual.Published.Offset);
        AssertSameList(expected.Stances, actual.Stances, s => (s, Bits(s?.Score), Bits(s?.Confidence)));
        AssertSameList(expected.RelayedBy, actual.RelayedBy, r => (r, r?.Published.Offset, Bits(r?.Similarity)));
        AssertSameList(expected.Via, actual.Via, v => v);

        static StatementRecord Flat(StatementRecord s) => s with { Stances = NoStances, RelayedBy = null, Via = null };
        static long? Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : null;
    }

    private static void AssertSameList<T, TKey>(IReadOnlyList<T>? expected, IReadOnlyList<T>? actual, Func<T, TKey> key)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is not null && actual is not null)
            Assert.Equal(expected.Select(key), actual.Select(key));
    }

    private static string With(string json, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        change(node);
        return node.ToJsonString(StorageJson.Options);
    }

    /// <summary>The text PostgreSQL's jsonb gives back: keys shortest first, then in byte order (nested objects too),
    /// a space after every colon and comma.</summary>
    private static string AsJsonb(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject o => "{" + string.Join(", ", o.OrderBy(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{JsonSerializer.Serialize(p.Key, StorageJson.Options)}: {AsJsonb(p.Value)}")) + "}",
        JsonArray a => "[" + string.Join(", ", a.Select(AsJsonb)) + "]",
        _ => node.ToJsonString(StorageJson.Options),
    };

    [Fact]
    public void Every_statement_of_both_corpora_reads_as_the_serializer_reads_it_in_every_stored_form()
    {
        var statements = CorpusStatements.Statements;
        Assert.Contains(statements, s => s.Language == "ar" && s.Via is { Count: > 0 });
        Assert.Contains(statements, s => s.Language == "en" && s.Stances.Count > 1);
        foreach (var statement in statements)
        {
            var stored = StoredJson.Utf8(statement);
            var escaped = JsonSerializer.SerializeToUtf8Bytes(statement, Escaping);
            if (statement.Language == "ar")
                Assert.Contains("\\u06", Encoding.UTF8.GetString(escaped));
            var jsonb = AsJsonb(JsonNode.Parse(stored));
            AssertSame(statement, AssertReadAsSerializerReads(stored));
            AssertSame(statement, AssertReadAsSerializerReads(escaped));
            AssertSame(statement, AssertReadAsSerializerReads(jsonb));
        }
    }

    [Fact]
    public void Every_member_the_serializer_writes_is_read()
    {
        var seed = CorpusStatements.Statements.First(s => s.Language == "ar" && s.Stances.Count > 0 && s.Via is { Count: > 0 }
            && s is { Outlet: not null, ArticleTitle: not null, ContentStart: > 0, SentenceStart: > 0 });
        var full = seed with
        {
            RelayedBy =
            [
                new($"{seed.ArticleId}-copy#3", "copy", "الوسط", seed.Published.AddDays(1).ToOffset(TimeSpan.FromHours(2)), 0.8125),
                new("x#0", "x", null, new DateTimeOffset(2015, 7, 21, 23, 59, 59, 999, TimeSpan.FromHours(3)), 1.0),
            ],
            Via = [.. seed.Via!, "new:مصدر"],
        };
        // Every member set (a member added to the record fails here until this test sets it, and then the round trip
        // below fails until the reader reads it).
        var info = StorageJson.Options.GetTypeInfo(typeof(StatementRecord));
        foreach (var property in info.Properties)
        {
            var value = property.Get!(full);
            var unset = property.PropertyType.IsValueType ? Activator.CreateInstance(property.PropertyType) : null;
            Assert.False(value is null || value.Equals(unset), $"{property.Name} is not set");
        }
        var payload = StoredJson.Utf8(full);
        AssertSame(full, AssertReadAsSerializerReads(payload));
        AssertSame(full, AssertReadAsSerializerReads(JsonSerializer.SerializeToUtf8Bytes(full, Escaping)));
    }

    [Fact]
    public void Members_in_any_order_and_any_case_read_as_the_serializer_reads_them()
    {
        var expected = AssertReadAsSerializerReads(Sample);
        var reversed = With(Sample, o =>
        {
            var members = o.ToList();
            o.Clear();
            foreach (var (key, value) in Enumerable.Reverse(members))
                o[key] = value;
        });
        AssertSame(expected, AssertReadAsSerializerReads(reversed));
        // Names in other case, at every level (a missing member would throw, so each of these was matched).
        var pascal = Sample.Replace("\"id\"", "\"Id\"").Replace("\"articleId\"", "\"ArticleID\"").Replace("\"stances\"", "\"STANCES\"")
            .Replace("\"targetId\"", "\"TargetId\"").Replace("\"confidence\"", "\"Confidence\"").Replace("\"via\"", "\"Via\"");
        Assert.Equal(6, CountDifferences(Sample, pascal));
        AssertSame(expected, AssertReadAsSerializerReads(pascal));
        // Escaped names, exact and in other case.
        var escapedNames = Sample.Replace("\"id\"", "\"\\u0069d\"").Replace("\"cue\"", "\"\\u0043ue\"").Replace("\"score\"", "\"s\\u0063ore\"");
        AssertSame(expected, AssertReadAsSerializerReads(escapedNames));
        // White space wherever JSON allows it.
        AssertSame(expected, AssertReadAsSerializerReads(JsonNode.Parse(Sample)!.ToJsonString(new JsonSerializerOptions(StorageJson.Options) { WriteIndented = true })));

        static int CountDifferences(string a, string b) =>
            a.Split('"').Zip(b.Split('"')).Count(p => p.First != p.Second);
    }

    [Fact]
    public void A_repeated_member_is_read_with_its_last_value_as_by_the_serializer()
    {
        var repeated = Sample.Replace("\"cue\":\"وقال\"", "\"cue\":\"first\",\"Cue\":\"وقال\"")
            .Replace("\"contentStart\":855", "\"contentStart\":1,\"contentStart\":855");
        AssertSame(AssertReadAsSerializerReads(Sample), AssertReadAsSerializerReads(repeated));
    }

    [Fact]
    public void Unknown_members_are_skipped_however_nested()
    {
        var expected = AssertReadAsSerializerReads(Sample);
        const string unknown = """
            "future":{"a":[1,{"b":null,"c":[[],{}]}],"d":"}],\"{"},"n":-1.5e300,"t":true,"f":false,"z":null,"s":"\u0627\"x","e":[],
            """;
        var payload = Sample.Replace("{\"id\"", "{" + unknown + "\"id\"")
            .Replace("\"language\"", unknown + "\"language\"")
            .Replace("\"via\":[\"syn-medium\"]}", "\"via\":[\"syn-medium\"]," + unknown.TrimEnd(',', '\n', '\r') + "}")
            .Replace("{\"targetId\"", "{" + unknown + "\"targetId\"")
            .Replace("\"confidence\":0.8125}", "\"confidence\":0.8125," + unknown.TrimEnd(',', '\n', '\r') + "}");
        Assert.Equal(5, payload.Split("\"future\"").Length - 1);
        AssertSame(expected, AssertReadAsSerializerReads(payload));

        // Names the serializer does not take for ours, though they fold to them outside ASCII (dotless ı, Kelvin K,
        // long ſ): after the real member, so taking one would replace its value.
        var lookalikes = Sample.Replace("\"kind\":\"indirect\"", "\"kind\":\"indirect\",\"\u212Aind\":\"wrong\"")
            .Replace("\"contentEnd\":1003", "\"contentEnd\":1003,\"ıd\":\"wrong\",\"ſentence\":\"wrong\"");
        AssertSame(expected, AssertReadAsSerializerReads(lookalikes));
        // A long unknown name, escaped: unescaped off the stack.
        var longName = "\"" + string.Concat(Enumerable.Repeat("\\u0078", 100)) + "\":1,";
        AssertSame(expected, AssertReadAsSerializerReads(Sample.Replace("\"kind\"", longName + "\"kind\"")));
    }

    [Fact]
    public void Relays_and_reporting_chains_are_read_when_present_and_null_when_absent_or_null()
    {
        const string relays = """
            [{"statementId":"b#1","articleId":"b","outlet":null,"published":"2015-07-22T08:00:00+00:00","similarity":0.9},
             {"Similarity":1,"Published":"2015-07-23T01:02:03.4567891-05:00","Outlet":"libyaherald","ArticleId":"c","StatementId":"c#0"}]
            """;
        var filled = AssertReadAsSerializerReads(Sample.Replace("\"relayedBy\":null", $"\"relayedBy\":{relays}"));
        Assert.Equal(["b#1", "c#0"], filled.RelayedBy!.Select(r => r.StatementId));
        Assert.Equal(TimeSpan.FromHours(-5), filled.RelayedBy![1].Published.Offset);

        var longer = AssertReadAsSerializerReads(Sample.Replace("\"via\":[\"syn-medium\"]", "\"via\":[\"syn-medium\",\"new:مصدر\",null]"));
        Assert.Equal<string?>(new string?[] { "syn-medium", "new:مصدر", null }, longer.Via!);

        var absent = AssertReadAsSerializerReads(With(Sample, o => { o.Remove("relayedBy"); o.Remove("via"); }));
        Assert.Null(absent.RelayedBy);
        Assert.Null(absent.Via);
        var nulls = AssertReadAsSerializerReads(Sample.Replace("\"via\":[\"syn-medium\"]", "\"via\":null"));
        Assert.Null(nulls.Via);
        var empty = AssertReadAsSerializerReads(Sample.Replace("\"relayedBy\":null", "\"relayedBy\":[]").Replace("\"via\":[\"syn-medium\"]", "\"via\":[]"));
        Assert.Equal((0, 0), (empty.RelayedBy!.Count, empty.Via!.Count));
    }

    [Fact]
    public void Nulls_the_record_may_hold_are_read_as_the_serializer_reads_them()
    {
        // The writer writes null for whatever the record held as null, nullable or not; the serializer reads it back.
        var nulls = AssertReadAsSerializerReads(Sample.Replace("\"outlet\":\"alwasat\"", "\"outlet\":null")
            .Replace("\"articleTitle\":\"عنوان \\\"تجريبي\\\"\"", "\"articleTitle\":null").Replace("\"cue\":\"وقال\"", "\"cue\":null")
            .Replace("\"targetName\":\"هدف تجريبي\"", "\"targetName\":null"));
        Assert.Equal(new string?[] { null, null, null, null }, new[] { nulls.Outlet, nulls.ArticleTitle, nulls.Cue, nulls.Stances[0].TargetName });

        var noStances = AssertReadAsSerializerReads(Sample.Replace(Sample[Sample.IndexOf("\"stances\"")..Sample.IndexOf(",\"relayedBy\"")], "\"stances\":null"));
        Assert.Null(noStances.Stances);
        var nullStance = AssertReadAsSerializerReads(Sample.Replace("\"stances\":[", "\"stances\":[null,"));
        Assert.Equal(2, nullStance.Stances.Count);
        Assert.Null(nullStance.Stances[0]);
        var none = AssertReadAsSerializerReads(Sample.Replace(Sample[Sample.IndexOf("\"stances\"")..Sample.IndexOf(",\"relayedBy\"")], "\"stances\":[]"));
        Assert.Empty(none.Stances);
    }

    [Fact]
    public void Escaped_text_reads_as_the_serializer_reads_it()
    {
        var expected = AssertReadAsSerializerReads(Sample);
        // The older form: every Arabic letter as \uXXXX.
        var older = JsonSerializer.Serialize(expected, Escaping);
        Assert.Contains("\\u0648\\u0642\\u0627\\u0644", older);
        AssertSame(expected, AssertReadAsSerializerReads(older));

        const string escapes = @"""content"":""\""q\"" \\ \/ \b\f\n\r\t \u0000\u001f \u062A\u062a \ud83d\ude00 😀 <&> \u200F""";
        var awkward = AssertReadAsSerializerReads(Sample.Replace("\"content\":\"نص تجريبي عن المفاوضات\"", escapes));
        Assert.Equal("\"q\" \\ / \b\f\n\r\t \u0000\u001f تت 😀 😀 <&> \u200F", awkward.Content);
        // Escapes in a date and in a stance's name.
        var dates = AssertReadAsSerializerReads(Sample.Replace("\"2015-07-21T23:59:59.999+03:00\"", "\"\\u0032015-07-21T23:59:59.999+03:00\"")
            .Replace("\"oppose\"", "\"\\u006Fppose\""));
        Assert.Equal((expected.Published, StanceKind.Oppose), (dates.Published, dates.Stances[0].Stance));
    }

    [Theory]
    [InlineData("\"support\"", StanceKind.Support)]
    [InlineData("\"oppose\"", StanceKind.Oppose)]
    [InlineData("\"neutral\"", StanceKind.Neutral)]
    [InlineData("\"Support\"", StanceKind.Support)]
    [InlineData("\"OPPOSE\"", StanceKind.Oppose)]
    [InlineData("\" neutral \"", StanceKind.Neutral)]
    [InlineData("1", StanceKind.Support)]
    [InlineData("2", StanceKind.Oppose)]
    [InlineData("42", (StanceKind)42)]
    [InlineData("-1", (StanceKind)(-1))]
    [InlineData("\"2\"", StanceKind.Oppose)]
    [InlineData("\"support, oppose\"", StanceKind.Support | StanceKind.Oppose)]
    public void A_stance_in_any_form_the_converter_reads_is_read_as_it_reads_it(string json, StanceKind expected)
    {
        var read = AssertReadAsSerializerReads(Sample.Replace("\"stance\":\"oppose\"", $"\"stance\":{json}"));
        Assert.Equal(expected, read.Stances[0].Stance);
    }

    [Fact]
    public void A_stance_outside_the_names_is_written_as_an_integer_and_read_back()
    {
        var statement = SerializerReads(Encoding.UTF8.GetBytes(Sample));
        var odd = statement with { Stances = [statement.Stances[0] with { Stance = (StanceKind)42 }] };
        var payload = StoredJson.Utf8(odd);
        Assert.Contains("\"stance\":42", Encoding.UTF8.GetString(payload));
        Assert.Equal((StanceKind)42, AssertReadAsSerializerReads(payload).Stances[0].Stance);
    }

    [Theory]
    [InlineData("\"contentStart\":855", "\"contentStart\":\"855\"")]
    [InlineData("\"contentStart\":855", "\"contentStart\":-0")]
    [InlineData("\"contentStart\":855", "\"contentStart\":2147483647")]
    [InlineData("\"score\":-0.30000000000000004", "\"score\":\"-0.5\"")]
    [InlineData("\"score\":-0.30000000000000004", "\"score\":\"NaN\"")]
    [InlineData("\"score\":-0.30000000000000004", "\"score\":-0.0")]
    [InlineData("\"score\":-0.30000000000000004", "\"score\":5E-324")]
    [InlineData("\"score\":-0.30000000000000004", "\"score\":1e400")]
    [InlineData("\"confidence\":0.8125", "\"confidence\":1")]
    [InlineData("\"2015-07-21T23:59:59.999+03:00\"", "\"2015-07-21\"")]
    [InlineData("\"2015-07-21T23:59:59.999+03:00\"", "\"2015-07-21T20:59:59Z\"")]
    [InlineData("\"2015-07-21T23:59:59.999+03:00\"", "\"2015-07-21T23:59:59.1234567-04:30\"")]
    public void Numbers_and_dates_in_other_forms_read_as_the_serializer_reads_them(string written, string other)
    {
        Assert.Contains(written, Sample);
        AssertReadAsSerializerReads(Sample.Replace(written, other));
    }

    [Fact]
    public void A_member_every_statement_has_missing_is_refused_where_the_serializer_passes_a_default()
    {
        // Every member of the record and of its stances and relays; relayedBy and via came later and may be absent.
        var full = Sample.Replace("\"relayedBy\":null", $"\"relayedBy\":[{OneRelay}]");
        var members = new List<(string Name, Action<JsonObject> Remove)>();
        foreach (var property in StorageJson.Options.GetTypeInfo(typeof(StatementRecord)).Properties)
            members.Add((property.Name, o => o.Remove(property.Name)));
        foreach (var property in StorageJson.Options.GetTypeInfo(typeof(TargetStanceRecord)).Properties)
            members.Add((property.Name, o => o["stances"]![0]!.AsObject().Remove(property.Name)));
        foreach (var property in StorageJson.Options.GetTypeInfo(typeof(RelaySource)).Properties)
            members.Add((property.Name, o => o["relayedBy"]![0]!.AsObject().Remove(property.Name)));
        Assert.Equal(18 + 6 + 5, members.Count);
        foreach (var (name, remove) in members)
        {
            var payload = Encoding.UTF8.GetBytes(With(full, remove));
            if (name is "relayedBy" or "via")
            {
                AssertReadAsSerializerReads(payload);
                continue;
            }
            // The serializer builds the record anyway, the member at its default.
            _ = SerializerReads(payload);
            var refused = Assert.Throws<JsonException>(() => StatementPayload.Read(payload));
            Assert.Contains($"lacks '{name}'", refused.Message);
        }
        var two = Assert.Throws<JsonException>(() => StatementPayload.Read(With(full, o => { o.Remove("id"); o.Remove("published"); })));
        Assert.Contains("lacks 'id', 'published'", two.Message);
    }

    public static TheoryData<string> Malformed()
    {
        var cut = Sample[..(Sample.Length / 2)];
        string Replace(string member, string value) => Sample.Replace(member, value) is var s && s != Sample ? s : throw new ArgumentException(member);
        return new TheoryData<string>
        {
            "", "   ", "{", cut, Sample + ",", Sample + "x", Sample + "{}", Sample + "null", "[]", "\"statement\"", "42", "true",
            "\uFEFF" + Sample,
            Sample.Replace("\"via\":[\"syn-medium\"]}", "\"via\":[\"syn-medium\"],}"),
            Sample.Replace("\"via\":[\"syn-medium\"]", "\"via\":[\"syn-medium\",]"),
            Sample.Replace("{\"id\"", "{/* c */\"id\""),
            Sample.Replace("\"id\":\"art-7#2\"", "'id':'art-7#2'"),
            Sample.Replace("\"id\":", "id:"),
            Sample.Replace("\"score\":-0.30000000000000004", "\"score\":NaN"),
            Sample.Replace("\"contentStart\":855", "\"contentStart\":0855"),
            Sample.Replace("\"content\":\"نص", "\"content\":\"\u0001نص"),
            Replace("\"id\":\"art-7#2\"", "\"id\":5"),
            Replace("\"id\":\"art-7#2\"", "\"id\":{}"),
            Replace("\"kind\":\"indirect\"", "\"kind\":[\"indirect\"]"),
            Replace("\"outlet\":\"alwasat\"", "\"outlet\":false"),
            Replace("\"stances\":[", "\"stances\":{\"x\":[").Replace("],\"relayedBy\"", "]},\"relayedBy\""),
            Replace("\"stances\":[", "\"stances\":[1,"),
            Replace("\"stances\":[", "\"stances\":[\"x\","),
            Replace("\"via\":[\"syn-medium\"]", "\"via\":[1]"),
            Replace("\"via\":[\"syn-medium\"]", "\"via\":{}"),
            Replace("\"via\":[\"syn-medium\"]", "\"via\":\"syn-medium\""),
            Replace("\"relayedBy\":null", "\"relayedBy\":[1]"),
            Replace("\"relayedBy\":null", "\"relayedBy\":{}"),
            Replace("\"relayedBy\":null", $"\"relayedBy\":[{OneRelay.Replace("2015-07-22T08:00:00+00:00", "yesterday")}]"),
            Replace("\"contentStart\":855", "\"contentStart\":1.5"),
            Replace("\"contentStart\":855", "\"contentStart\":null"),
            Replace("\"contentStart\":855", "\"contentStart\":\"x\""),
            Replace("\"contentStart\":855", "\"contentStart\":\" 855\""),
            Replace("\"contentStart\":855", "\"contentStart\":2147483648"),
            Replace("\"contentStart\":855", "\"contentStart\":true"),
            Replace("\"2015-07-21T23:59:59.999+03:00\"", "null"),
            Replace("\"2015-07-21T23:59:59.999+03:00\"", "\"yesterday\""),
            Replace("\"2015-07-21T23:59:59.999+03:00\"", "\"2015-13-21\""),
            Replace("\"2015-07-21T23:59:59.999+03:00\"", "1437512399"),
            Replace("\"stance\":\"oppose\"", "\"stance\":\"opposes\""),
            Replace("\"stance\":\"oppose\"", "\"stance\":\"\""),
            Replace("\"stance\":\"oppose\"", "\"stance\":null"),
            Replace("\"stance\":\"oppose\"", "\"stance\":1.5"),
            Replace("\"stance\":\"oppose\"", "\"stance\":4294967296"),
            Replace("\"stance\":\"oppose\"", "\"stance\":[]"),
            Replace("\"score\":-0.30000000000000004", "\"score\":null"),
            Replace("\"score\":-0.30000000000000004", "\"score\":\"nan\""),
            Replace("\"score\":-0.30000000000000004", "\"score\":{}"),
            // Unknown members are skipped, but must still be JSON, and no deeper than the serializer reads.
            Replace("\"kind\"", "\"extra\":[1,},\"kind\""),
            Replace("\"kind\"", "\"extra\":" + new string('[', 64) + new string(']', 64) + ",\"kind\""),
            // Text that is not Unicode once unescaped: a lone surrogate, in a value and in names short and long.
            Replace("\"cue\":\"وقال\"", "\"cue\":\"\\uD800\""),
            Replace("\"cue\":\"وقال\"", "\"cue\":\"\\uDC00\\uD800\""),
            Replace("\"kind\"", "\"\\uD800\":1,\"kind\""),
            Replace("\"kind\"", "\"" + new string('x', 300) + "\\uD800\":1,\"kind\""),
        };
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void What_the_serializer_refuses_is_refused_with_a_json_exception(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<StatementRecord>(utf8, StorageJson.Options));
        Assert.ThrowsAny<JsonException>(() => StatementPayload.Read(utf8));
        Assert.ThrowsAny<JsonException>(() => StatementPayload.Read(json));
    }

    [Fact]
    public void Bytes_and_strings_that_are_not_unicode_are_refused_with_a_json_exception()
    {
        // Invalid UTF-8 in a value: the serializer throws JsonException.
        var utf8 = Encoding.UTF8.GetBytes(Sample);
        var at = Array.IndexOf(utf8, (byte)'#');
        utf8[at] = 0xC3;
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<StatementRecord>(utf8, StorageJson.Options));
        Assert.ThrowsAny<JsonException>(() => StatementPayload.Read(utf8));
        // A lone surrogate in the string: the serializer cannot transcode it (ArgumentException); a JsonException here.
        var lone = Sample.Replace("وقال", "\uD800");
        Assert.Throws<ArgumentException>(() => JsonSerializer.Deserialize<StatementRecord>(lone, StorageJson.Options));
        Assert.Contains("lone surrogate", Assert.Throws<JsonException>(() => StatementPayload.Read(lone)).Message);
    }

    [Fact]
    public void A_null_payload_is_refused_where_the_serializer_returns_null()
    {
        Assert.Null(JsonSerializer.Deserialize<StatementRecord>("null", StorageJson.Options));
        Assert.Contains("null", Assert.Throws<JsonException>(() => StatementPayload.Read(" null "u8)).Message);
    }

    [Fact]
    public void A_wrong_value_is_named_in_the_error()
    {
        var error = Assert.Throws<JsonException>(() => StatementPayload.Read(Sample.Replace("\"contentEnd\":1003", "\"contentEnd\":\"end\"")));
        Assert.Contains("'contentEnd'", error.Message);
        error = Assert.Throws<JsonException>(() => StatementPayload.Read(Sample.Replace("\"stance\":\"oppose\"", "\"stance\":\"against\"")));
        Assert.Contains("'stance'", error.Message);
        error = Assert.Throws<JsonException>(() => StatementPayload.Read(Sample.Replace("\"speakerId\":\"syn-00023\"", "\"speakerId\":23")));
        Assert.Contains("'speakerId' must be a string or null, not Number", error.Message);
    }
}
