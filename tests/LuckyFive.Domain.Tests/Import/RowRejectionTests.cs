using System.Text;
using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Draws.Import;

namespace LuckyFive.Domain.Tests.Import;

public sealed class RowRejectionTests
{
    public static TheoryData<string[], string, string> MalformedRows => new()
    {
        { SampleSheet.Row("7", "03/07/1994", "1", "2", "3", "4", "81"), "Bola5", "number 81 is outside 1..80" },
        { SampleSheet.Row("7", "03/07/1994", "0", "2", "3", "4", "5"), "Bola1", "number 0 is outside 1..80" },
        { SampleSheet.Row("7", "03/07/1994", "10", "20", "10", "40", "50"), "Bola3", "number 10 is drawn twice (also in \"Bola1\")" },
        { SampleSheet.Row("7", "31/02/1995", "1", "2", "3", "4", "5"), "Data Sorteio", "\"31/02/1995\" is not a date" },
        { SampleSheet.Row("7", "03/07/94", "1", "2", "3", "4", "5"), "Data Sorteio", "\"03/07/94\" is not a date" },
        { SampleSheet.Row("seven", "03/07/1994", "1", "2", "3", "4", "5"), "Concurso", "\"seven\" is not a whole number" },
        { SampleSheet.Row("0", "03/07/1994", "1", "2", "3", "4", "5"), "Concurso", "contest must be 1 or more" },
        { SampleSheet.Row("2000000000", "03/07/1994", "1", "2", "3", "4", "5"), "Concurso", "contest must be at most 99999 (got 2000000000)" },
        { SampleSheet.Row("7", "", "1", "2", "3", "4", "5"), "Data Sorteio", "the value is missing" },
        { SampleSheet.Row("7", "03/07/1994", "1", "2", "x", "4", "5"), "Bola3", "\"x\" is not a whole number" },
        { WithCell(9, "R$1,2,3"), "Rateio 5 acertos", "\"R$1,2,3\" is not an amount of money" },
        { WithCell(11, "R$1.70,79"), "Rateio 4 acertos", "is not an amount of money" },
        { WithCell(16, "-R$5,00"), "Acumulado 5 acertos", "is negative" },
        { WithCell(12, "many"), "Ganhadores 3 acertos", "\"many\" is not a whole number" },
    };

    [Theory]
    [MemberData(nameof(MalformedRows))]
    public void Csv_MalformedRow_IsRejectedWithRowColumnAndReasonWhileGoodRowsImport(string[] bad, string column, string reason)
    {
        var result = ReadCsv(SampleSheet.Csv(SampleSheet.Good(1), bad, SampleSheet.Good(3)));

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(3, rejection.Row);
        Assert.Equal(column, rejection.Column);
        Assert.Contains(reason, rejection.Reason, StringComparison.Ordinal);
        Assert.Equal([1, 3], result.Draws.Select(d => d.Contest));
    }

    [Theory]
    [MemberData(nameof(MalformedRows))]
    public void Xlsx_MalformedRow_IsRejectedWithRowColumnAndReasonWhileGoodRowsImport(string[] bad, string column, string reason)
    {
        var book = new XlsxBuilder().Header(SampleSheet.Headers).Row(SampleSheet.Good(1)).Row(bad).Row(SampleSheet.Good(3));

        var result = DrawImporter.Read(book.ToStream());

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(new RowRejection(3, column, rejection.Reason), rejection);
        Assert.Contains(reason, rejection.Reason, StringComparison.Ordinal);
        Assert.Equal([1, 3], result.Draws.Select(d => d.Contest));
    }

    [Fact]
    public void Csv_DuplicateContest_RejectsTheLaterRowNamingTheFirst()
    {
        var result = ReadCsv(SampleSheet.Csv(SampleSheet.Good(1), SampleSheet.Good(2), SampleSheet.Good(1)));

        Assert.Equal(new RowRejection(4, "Concurso", "contest 1 already appears in row 2"), Assert.Single(result.Rejections));
        Assert.Equal([1, 2], result.Draws.Select(d => d.Contest));
    }

    [Fact]
    public void Csv_WrongFieldCount_IsRejectedAsAWholeRow()
    {
        var csv = SampleSheet.Csv(SampleSheet.Good(1)) + "2,03/07/1994,1,2,3,4,5\r\n" + SampleSheet.Csv(SampleSheet.Good(3)).Split("\r\n", 2)[1];

        var result = ReadCsv(csv);

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(3, rejection.Row);
        Assert.Null(rejection.Column);
        Assert.Equal("the row has 7 cells but the header has 21", rejection.Reason);
        Assert.Equal([1, 3], result.Draws.Select(d => d.Contest));
    }

    [Fact]
    public void Xlsx_ValueBeyondTheHeadedColumns_IsRejected()
    {
        var book = new XlsxBuilder().Header(SampleSheet.Headers).Row([.. SampleSheet.Good(1), "stray"]).Row(SampleSheet.Good(2));

        var result = DrawImporter.Read(book.ToStream());

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(2, rejection.Row);
        Assert.Null(rejection.Column);
        Assert.Contains("column 22", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_EmptyRows_AreSkippedButCounted()
    {
        var csv = "contest,date,n1,n2,n3,n4,n5\n1,1994-03-13,25,45,60,76,79\n\n,,,,,,\n2,1994-03-17,13,30,58,63,64\n";

        var result = ReadCsv(csv);

        Assert.Equal(2, result.EmptyRowsSkipped);
        Assert.Empty(result.Rejections);
        Assert.Equal([1, 2], result.Draws.Select(d => d.Contest));
    }

    [Fact]
    public void Csv_UnclosedQuote_RejectsTheRowAtItsStartLine()
    {
        var csv = "contest,date,n1,n2,n3,n4,n5\n1,1994-03-13,25,45,60,76,79\n2,\"1994-03-17,13,30,58,63,64\n";

        var result = ReadCsv(csv);

        Assert.Equal(new RowRejection(3, "date", "a quoted field is not closed before the end of the file"), Assert.Single(result.Rejections));
        Assert.Equal([1], result.Draws.Select(d => d.Contest));
    }

    [Fact]
    public void Csv_MissingRequiredColumn_ThrowsNamingIt()
    {
        var error = Assert.Throws<InvalidDataException>(() => ReadCsv("contest,date,n1,n2,n3,n5\n1,1994-03-13,25,45,60,79\n"));

        Assert.Contains("number 4 (\"Bola4\")", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_TwoColumnsForOneField_Throws()
    {
        var error = Assert.Throws<InvalidDataException>(() => ReadCsv("contest,Concurso,date,n1,n2,n3,n4,n5\n"));

        Assert.Contains("\"contest\" and \"Concurso\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_EmptyFile_ThrowsForMissingHeader()
    {
        var error = Assert.Throws<InvalidDataException>(() => ReadCsv("\r\n\r\n"));

        Assert.Contains("no header row", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RowRejection_ToString_NamesRowAndColumn()
    {
        Assert.Equal("row 5, column \"Bola2\": number 81 is outside 1..80", new RowRejection(5, "Bola2", "number 81 is outside 1..80").ToString());
        Assert.Equal("row 5: the row has 7 cells", new RowRejection(5, null, "the row has 7 cells").ToString());
    }

    private static string[] WithCell(int column, string value)
    {
        var row = SampleSheet.Good(7);
        row[column] = value;
        return row;
    }

    private static DrawParseResult ReadCsv(string csv) => DrawImporter.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), DrawFileFormat.Csv);
}
