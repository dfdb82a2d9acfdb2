using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LuckyFive.Api.Security;
using LuckyFive.Api.Tests.Security;
using LuckyFive.TestSupport;

namespace LuckyFive.Api.Tests;

/// <summary>
/// A co-hosted API on its own PostgreSQL with the official workbook imported through <c>POST /api/v1/results/import</c>.
/// Tests that import more use contests from 90,000 up, so contests 1..6882 stay as published.
/// </summary>
public sealed class ResultsApiFixture : IAsyncLifetime
{
    private readonly CohostedApiFixture _cohosted = new();
    private HttpClient? _reader;

    public RunningApp Api => _cohosted.Api;

    /// <summary>A client with an admin key: allowed to import.</summary>
    public HttpClient Admin => _cohosted.Admin;

    /// <summary>A client with a reader key: allowed to read results, not to import.</summary>
    public HttpClient Reader => _reader ?? throw new InvalidOperationException("The API has not started.");

    /// <summary>A client without a key.</summary>
    public HttpClient Anonymous => Api.Http;

    public long WorkbookVersion { get; private set; }

    public async Task InitializeAsync()
    {
        await _cohosted.InitializeAsync();
        _reader = ApiKeys.Client(Api, await ApiKeys.CreateAsync(Api, ApiPolicies.Reader));
        using var response = await ResultsEndpointTests.ImportAsync(Admin, await File.ReadAllBytesAsync(QuinaData.Workbook), "Quina.xlsx");
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        WorkbookVersion = report.RootElement.GetProperty("version").GetInt64();
    }

    public Task DisposeAsync()
    {
        _reader?.Dispose();
        return _cohosted.DisposeAsync();
    }
}

public sealed class ResultsEndpointTests(ResultsApiFixture fixture) : IClassFixture<ResultsApiFixture>
{
    private HttpClient Reader => fixture.Reader;

    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task Import_SameWorkbookAgain_ReportsEverythingUnchangedInTheSameVersion()
    {
        var before = await CurrentVersionAsync();

        using var response = await ImportAsync(Admin, await File.ReadAllBytesAsync(QuinaData.Workbook), "Quina.xlsx");
        using var report = await JsonAsync(response, HttpStatusCode.OK);

        var root = report.RootElement;
        Assert.Equal(before, root.GetProperty("version").GetInt64());
        Assert.False(root.GetProperty("created_version").GetBoolean());
        Assert.Equal("xlsx", root.GetProperty("format").GetString());
        Assert.Equal(
            (0, 0, 6882, 0, 0),
            (Int(root, "inserted"), Int(root, "updated"), Int(root, "unchanged"), Int(root, "rejected"), Int(root, "empty_rows_skipped")));
        Assert.Empty(root.GetProperty("rejections").EnumerateArray());
    }

    [Fact]
    public async Task Import_CsvWithARejectedRow_ReportsRowColumnAndReasonAndTheNewContestIsReadableAtOnce()
    {
        var csv = "contest,date,n1,n2,n3,n4,n5\n90001,2030-01-02,1,2,3,4,5\n90002,2030-01-05,7,7,8,9,10\n\n"u8.ToArray();

        using var response = await ImportAsync(Admin, csv, "new.csv");
        using var report = await JsonAsync(response, HttpStatusCode.OK);
        using var contest = await JsonAsync(await Reader.GetAsync(Relative("/api/v1/results/90001")), HttpStatusCode.OK);

        var root = report.RootElement;
        Assert.True(root.GetProperty("created_version").GetBoolean());
        Assert.Equal((1, 1, 1), (Int(root, "inserted"), Int(root, "rejected"), Int(root, "empty_rows_skipped")));
        var rejection = Assert.Single(root.GetProperty("rejections").EnumerateArray());
        Assert.Equal(3, rejection.GetProperty("row").GetInt32());
        Assert.Equal("n2", rejection.GetProperty("column").GetString());
        Assert.Equal("number 7 is drawn twice (also in \"n1\")", rejection.GetProperty("reason").GetString());
        Assert.Equal(root.GetProperty("version").GetInt64(), contest.RootElement.GetProperty("version").GetInt64());
        Assert.False(contest.RootElement.GetProperty("result").GetProperty("prizes_known").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await Reader.GetAsync(Relative("/api/v1/results/90002"))).StatusCode);
    }

    public static TheoryData<string, byte[], string> UnreadableFiles => new()
    {
        { "empty.csv", [], "The file is empty" },
        { "truncated.xlsx", File.ReadAllBytes(QuinaData.Workbook)[..4000], "The file is not a readable .xlsx workbook" },
        { "garbage.xlsx", [(byte)'P', (byte)'K', 3, 4, .. Enumerable.Repeat((byte)0x5A, 500)], "The file is not a readable .xlsx workbook" },
        { "notes.txt", "just some notes\nnothing else\n"u8.ToArray(), "The header row has no column" },
        { "binary.bin", [.. Enumerable.Range(0, 2000).Select(i => (byte)((i * 7919) % 251))], "The header row has no column" },
    };

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public async Task Import_UnreadableFile_Answers400WithTheReasonAndImportsNothing(string name, byte[] content, string reason)
    {
        var before = await CurrentVersionAsync();

        using var response = await ImportAsync(Admin, content, name);
        using var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Equal("The file cannot be imported.", problem.RootElement.GetProperty("title").GetString());
        Assert.StartsWith(reason, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith(reason, FieldError(problem, "file"), StringComparison.Ordinal);
        Assert.Equal(before, await CurrentVersionAsync());
    }

    [Fact]
    public async Task Import_NotAForm_Answers400SayingHowToSendTheFile()
    {
        using var response = await Admin.PostAsync(Relative("/api/v1/results/import"), new StringContent("{\"file\":\"x\"}", Encoding.UTF8, "application/json"));
        using var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Equal("Send the file as multipart/form-data in a field named 'file'.", FieldError(problem, "file"));
    }

    [Fact]
    public async Task Import_FormWithoutTheFileField_Answers400NamingTheField()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent("contest\n"u8.ToArray()), "upload", "draws.csv" } };

        using var response = await Admin.PostAsync(Relative("/api/v1/results/import"), form);
        using var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Equal("The form has no file in a field named 'file'.", FieldError(problem, "file"));
    }

    [Fact]
    public async Task Import_MultipartWithoutABoundary_Answers400()
    {
        using var content = new ByteArrayContent("--x\r\n"u8.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        using var response = await Admin.PostAsync(Relative("/api/v1/results/import"), content);
        using var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.StartsWith("The multipart form cannot be read", FieldError(problem, "file"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FirstContest_AnswersNumbersTiersAndAmountsInSnakeCase()
    {
        using var body = await JsonAsync(await Reader.GetAsync(Relative("/api/v1/results/1")), HttpStatusCode.OK);

        var result = body.RootElement.GetProperty("result");
        Assert.True(body.RootElement.GetProperty("version").GetInt64() >= fixture.WorkbookVersion);
        Assert.Equal(1, result.GetProperty("contest").GetInt32());
        Assert.Equal("1994-03-13", result.GetProperty("date").GetString());
        Assert.Equal([25, 45, 60, 76, 79], result.GetProperty("numbers").EnumerateArray().Select(n => n.GetInt32()));
        Assert.Equal("BRR", result.GetProperty("currency").GetString());
        Assert.True(result.GetProperty("prizes_known").GetBoolean());
        var quina = result.GetProperty("tiers")[0];
        Assert.Equal(("quina", 5, 3, 7_573_122_500L), (quina.GetProperty("name").GetString(), Int(quina, "hits"), Int(quina, "winners"), quina.GetProperty("prize_cents").GetInt64()));
        Assert.Equal(4, result.GetProperty("tiers").GetArrayLength());
        Assert.Equal(0, result.GetProperty("accumulated_cents").GetInt64());
        Assert.True(result.TryGetProperty("sao_joao_accumulated_cents", out _));
    }

    [Fact]
    public async Task Get_ContestNotInTheDraws_Answers404()
    {
        using var problem = await ProblemAsync(await Reader.GetAsync(Relative("/api/v1/results/89999")), HttpStatusCode.NotFound);

        Assert.StartsWith("Contest 89999 is not in the draws", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("100000")]
    [InlineData("99999999999999999999")]
    public async Task Get_ContestNotAContestNumber_Answers400NamingTheRange(string contest)
    {
        using var problem = await ProblemAsync(await Reader.GetAsync(Relative($"/api/v1/results/{contest}")), HttpStatusCode.BadRequest);

        Assert.StartsWith("contest must be a contest number: a whole number from 1 to 99999", FieldError(problem, "contest"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Defaults_FiftyNewestFirstWithACursorToTheNextPage()
    {
        using var first = await JsonAsync(await Reader.GetAsync(Relative("/api/v1/results?to_contest=6882")), HttpStatusCode.OK);
        var cursor = first.RootElement.GetProperty("next_cursor").GetString();
        using var second = await JsonAsync(await Reader.GetAsync(Relative($"/api/v1/results?to_contest=6882&cursor={cursor}")), HttpStatusCode.OK);

        Assert.Equal(Enumerable.Range(6833, 50).Reverse(), Contests(first));
        Assert.Equal(Enumerable.Range(6783, 50).Reverse(), Contests(second));
        Assert.Equal(first.RootElement.GetProperty("version").GetInt64(), second.RootElement.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task List_ContestRangeWalkedByCursor_ReturnsEachContestOnceAndEndsWithNoCursor()
    {
        var contests = new List<int>();
        var path = "/api/v1/results?from_contest=100&to_contest=250&limit=40";
        string? cursor = null;
        var pages = 0;
        do
        {
            using var page = await JsonAsync(await Reader.GetAsync(Relative(cursor is null ? path : $"{path}&cursor={cursor}")), HttpStatusCode.OK);
            contests.AddRange(Contests(page));
            cursor = page.RootElement.GetProperty("next_cursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(Enumerable.Range(100, 151).Reverse(), contests);
        Assert.Equal(4, pages);
    }

    [Fact]
    public async Task List_DateRange_HoldsOnlyThoseDates()
    {
        using var page = await JsonAsync(await Reader.GetAsync(Relative("/api/v1/results?from_date=1994-03-13&to_date=1994-03-31")), HttpStatusCode.OK);

        Assert.Equal([5, 4, 3, 2, 1], Contests(page));
        Assert.Equal(JsonValueKind.Null, page.RootElement.GetProperty("next_cursor").ValueKind);
    }

    [Theory]
    [InlineData("from_contest=abc", "from_contest", "from_contest must be a contest number: a whole number from 1 to 99999 (got 'abc').")]
    [InlineData("to_contest=0", "to_contest", "to_contest must be a contest number: a whole number from 1 to 99999 (got '0').")]
    [InlineData("from_contest=10&to_contest=5", "from_contest", "from_contest must not come after to_contest (got 10 and 5).")]
    [InlineData("from_date=13/03/1994", "from_date", "from_date must be a date as yyyy-mm-dd, for example 2024-01-31 (got '13/03/1994').")]
    [InlineData("to_date=2020-02-30", "to_date", "to_date must be a date as yyyy-mm-dd, for example 2024-01-31 (got '2020-02-30').")]
    [InlineData("limit=0", "limit", "limit must be a page size: a whole number from 1 to 500 (got '0').")]
    [InlineData("limit=501", "limit", "limit must be a page size: a whole number from 1 to 500 (got '501').")]
    [InlineData("cursor=not-a-cursor!", "cursor", "The cursor is not one this API gave out")]
    [InlineData("cursor=djk5OS4xMDA", "cursor", "The cursor is not one this API gave out")] // "v999.100": a version that does not exist
    public async Task List_BadParameter_Answers400NamingTheFieldAndWhatItAccepts(string query, string field, string message)
    {
        using var problem = await ProblemAsync(await Reader.GetAsync(Relative($"/api/v1/results?{query}")), HttpStatusCode.BadRequest);

        Assert.StartsWith(message, FieldError(problem, field), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_SeveralBadParameters_NamesEachOne()
    {
        using var problem = await ProblemAsync(await Reader.GetAsync(Relative("/api/v1/results?from_contest=x&to_date=y&limit=z")), HttpStatusCode.BadRequest);

        var errors = problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["from_contest", "limit", "to_date"], errors);
    }

    [Fact]
    public async Task Stats_WindowOfOneHundred_CountsFiveHundredNumbersAndTwentyPairs()
    {
        using var body = await JsonAsync(await Reader.GetAsync(Relative("/api/v1/results/stats?window=100&to_contest=6882")), HttpStatusCode.OK);

        var root = body.RootElement;
        Assert.Equal((6783, 6882, 100), (Int(root, "from_contest"), Int(root, "to_contest"), Int(root, "draws")));
        Assert.Equal(80, root.GetProperty("numbers").GetArrayLength());
        Assert.Equal(500, root.GetProperty("numbers").EnumerateArray().Sum(n => Int(n, "frequency")));
        Assert.All(root.GetProperty("numbers").EnumerateArray(), n => Assert.True(Int(n, "gap") >= 0));
        Assert.Equal(20, root.GetProperty("top_pairs").GetArrayLength());
        var top = root.GetProperty("top_pairs")[0];
        Assert.True(Int(top, "first") < Int(top, "second"));
        Assert.True(Int(top, "count") >= Int(root.GetProperty("top_pairs")[19], "count"));
        Assert.True(root.GetProperty("version").GetInt64() >= fixture.WorkbookVersion);
    }

    [Fact]
    public async Task Stats_ContestRange_CoversExactlyThoseContests()
    {
        using var body = await JsonAsync(await Reader.GetAsync(Relative("/api/v1/results/stats?from_contest=1&to_contest=5")), HttpStatusCode.OK);

        Assert.Equal(5, Int(body.RootElement, "draws"));
        Assert.Equal(1, Int(body.RootElement.GetProperty("numbers")[24], "frequency")); // 25 was drawn in contest 1 only
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("numbers")[0].GetProperty("gap").ValueKind); // 1 never drawn in 1..5
    }

    [Theory]
    [InlineData("window=0", "window", "window must be how many contests to count back: a whole number from 1 to 99999 (got '0').")]
    [InlineData("window=100000", "window", "window must be how many contests to count back: a whole number from 1 to 99999")]
    [InlineData("window=ten", "window", "window must be how many contests to count back: a whole number from 1 to 99999 (got 'ten').")]
    [InlineData("window=10&from_contest=5", "window", "Give window (with to_contest, or up to the latest contest) or from_contest and to_contest")]
    [InlineData("from_contest=5&to_contest=1", "from_contest", "from_contest must not come after to_contest (got 5 and 1).")]
    [InlineData("to_contest=100000", "to_contest", "to_contest must be a contest number: a whole number from 1 to 99999")]
    public async Task Stats_BadParameter_Answers400NamingTheFieldAndTheAllowedRange(string query, string field, string message)
    {
        using var problem = await ProblemAsync(await Reader.GetAsync(Relative($"/api/v1/results/stats?{query}")), HttpStatusCode.BadRequest);

        Assert.StartsWith(message, FieldError(problem, field), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/results")]
    [InlineData("/api/v1/results/1")]
    [InlineData("/api/v1/results/stats")]
    public async Task Read_WithoutAKey_Answers401(string path)
    {
        using var problem = await ProblemAsync(await fixture.Anonymous.GetAsync(Relative(path)), HttpStatusCode.Unauthorized);

        Assert.False(problem.RootElement.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Import_WithAReaderKeyOrNone_Answers403Or401AndImportsNothing()
    {
        var before = await CurrentVersionAsync();
        var csv = "contest,date,n1,n2,n3,n4,n5\n90100,2031-01-02,1,2,3,4,5\n"u8.ToArray();

        using var asReader = await ImportAsync(Reader, csv, "reader.csv");
        using var anonymous = await ImportAsync(fixture.Anonymous, csv, "anonymous.csv");

        Assert.Equal(HttpStatusCode.Forbidden, asReader.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(before, await CurrentVersionAsync());
    }

    [Fact]
    public async Task Import_FileOverFiftyMiB_Answers413NamingTheLimit()
    {
        // "Expect: 100-continue" lets the server refuse the body by its declared length before the client sends it.
        using var request = new HttpRequestMessage(HttpMethod.Post, Relative("/api/v1/results/import"))
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(new byte[BodyLimits.ImportBytes + 1]), "file", "huge.csv" } },
        };
        request.Headers.ExpectContinue = true;

        using var response = await Admin.SendAsync(request);
        using var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains($"{BodyLimits.ImportBytes} bytes", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FullCsvOverOneMiB_IsWithinTheImportLimitAndUnchanged()
    {
        // Other bodies stop at 1 MiB; the full CSV is larger, so this shows the import limit applies to this endpoint.
        var csv = await File.ReadAllBytesAsync(QuinaData.FullCsv);

        using var response = await ImportAsync(Admin, csv, "quina-draws-full.csv");
        using var report = await JsonAsync(response, HttpStatusCode.OK);

        Assert.True(csv.Length > BodyLimits.JsonBytes);
        Assert.Equal(6882, Int(report.RootElement, "unchanged"));
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheResultsEndpoints()
    {
        using var document = JsonDocument.Parse(await Reader.GetStringAsync(Relative("/openapi/v1.json")));
        var paths = document.RootElement.GetProperty("paths");

        Assert.True(paths.GetProperty("/api/v1/results/import").TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/v1/results", out _));
        Assert.True(paths.TryGetProperty("/api/v1/results/stats", out _));
        Assert.True(paths.TryGetProperty("/api/v1/results/{contest}", out _));
    }

    internal static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        return await client.PostAsync(Relative("/api/v1/results/import"), form);
    }

    private async Task<long> CurrentVersionAsync()
    {
        using var body = await JsonAsync(await Reader.GetAsync(Relative("/api/v1/results?limit=1")), HttpStatusCode.OK);
        return body.RootElement.GetProperty("version").GetInt64();
    }

    private static async Task<JsonDocument> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text);
    }

    private static async Task<JsonDocument> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        return problem;
    }

    private static string FieldError(JsonDocument problem, string field) =>
        Assert.Single(problem.RootElement.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString()!;

    private static int[] Contests(JsonDocument page) =>
        [.. page.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("contest").GetInt32())];

    private static int Int(JsonElement element, string name) => element.GetProperty(name).GetInt32();

    private static Uri Relative(string path) => new(path, UriKind.Relative);
}
