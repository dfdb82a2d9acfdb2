using System.Text;
using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Draws.Import;

namespace LuckyFive.Domain.Tests.Import;

public sealed class CsvReaderTests
{
    private const string Header = "Concurso,Data Sorteio,Bola1,Bola2,Bola3,Bola4,Bola5,Cidade / UF,Rateio 5 acertos,observação";

    [Fact]
    public void Split_QuotedFields_KeepCommasDoubledQuotesAndLineBreaks()
    {
        var rows = CsvRowReader.Split("a,\"b,c\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nnext,,\n");

        Assert.Equal(["a", "b,c", "say \"hi\"", "two\r\nlines"], rows[0].Cells);
        Assert.Equal(["next", "", ""], rows[1].Cells);
        Assert.Equal(1, rows[0].Number);
        Assert.Equal(3, rows[1].Number);
        Assert.Equal(2, rows.Count);
    }

    [Theory]
    [InlineData("a,\"b\"c,d", 1, "text follows the closing quote of a quoted field")]
    [InlineData("a,b\"x,d", 1, "a double quote inside an unquoted field")]
    [InlineData("a,b,\"d", 2, "a quoted field is not closed before the end of the file")]
    [InlineData("aé,bé,\"é\"x", 2, "text follows the closing quote")]
    public void Split_BrokenQuoting_IsAProblemOfThatField(string record, int field, string reason)
    {
        var row = Assert.Single(CsvRowReader.Split(record));

        Assert.StartsWith(reason, row.Problem, StringComparison.Ordinal);
        Assert.Equal(field, row.ProblemCell);
    }

    [Fact]
    public void Read_BrokenQuotingInOneRow_RejectsThatRowWithItsColumnAndImportsTheRest()
    {
        var csv = "contest,date,n1,n2,n3,n4,n5,notes\n1,1994-03-13,25,45,60,76,79,ok\n2,1994-03-17,13,30,58,63,64,\"bad\"quote\n3,1994-03-20,1,2,3,4,5,ok\n";

        var result = Read(Encoding.UTF8.GetBytes(csv));

        Assert.Equal(new RowRejection(3, "notes", "text follows the closing quote of a quoted field"), Assert.Single(result.Rejections));
        Assert.Equal([1, 3], result.Draws.Select(d => d.Contest));
    }

    [Fact]
    public void Read_RecordSpanningLines_IsNumberedByTheLineItStartsOn()
    {
        var csv = "contest,date,n1,n2,n3,n4,n5,notes\n1,1994-03-13,25,45,60,76,79,\"two\nlines\"\n2,1994-03-17,13,30,58,63,99,\n";

        var result = Read(Encoding.UTF8.GetBytes(csv));

        Assert.Equal("two\nlines", result.Draws[0].Notes);
        Assert.Equal(new RowRejection(4, "n5", "number 99 is outside 1..80"), Assert.Single(result.Rejections));
    }

    [Fact]
    public void Read_EmptyFile_SaysItHasNoHeader()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read([]));

        Assert.Equal("The file is empty: it has no header row.", error.Message);
    }

    [Fact]
    public void Read_TabSeparatedExport_IsRecognised()
    {
        var draw = Assert.Single(Read(Encoding.UTF8.GetBytes("contest\tdate\tn1\tn2\tn3\tn4\tn5\n1\t1994-03-13\t25\t45\t60\t76\t79\n")).Draws);

        Assert.Equal(NumberSet.Of(25, 45, 60, 76, 79), draw.Numbers);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Read_AnyLineEnding_GivesTheSameDraws(string newline)
    {
        var csv = string.Join(newline, Header, "1,13/03/1994,25,45,60,76,79,,\"R$75.731.225,00\",", "2,17/03/1994,13,30,58,63,64,,\"R$118.499.397,00\",") + newline;

        var result = Read(Encoding.UTF8.GetBytes(csv));

        Assert.Empty(result.Rejections);
        Assert.Equal([7_573_122_500, 11_849_939_700], result.Draws.Select(d => d.Quina.PrizeCents));
    }

    [Fact]
    public void Read_Utf8WithBom_MatchesHeaderAndKeepsAccents()
    {
        var csv = Header + "\n1,13/03/1994,25,45,60,76,79,SÃO PAULO/SP,\"R$1,00\",\"nota, com vírgula\"\n";

        var result = Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]);

        var draw = Assert.Single(result.Draws);
        Assert.Equal("SÃO PAULO/SP", draw.WinnerLocations);
        Assert.Equal("nota, com vírgula", draw.Notes);
        Assert.Empty(result.IgnoredColumns);
    }

    [Fact]
    public void Read_Latin1Bytes_AreDecodedAsLatin1()
    {
        var csv = Header + "\n1,13/03/1994,25,45,60,76,79,SÃO PAULO/SP,\"R$1,00\",observação\n";

        var draw = Assert.Single(Read(Encoding.Latin1.GetBytes(csv)).Draws);

        Assert.Equal("SÃO PAULO/SP", draw.WinnerLocations);
        Assert.Equal("observação", draw.Notes);
    }

    [Fact]
    public void Read_SemicolonSeparatedExport_IsRecognised()
    {
        var csv = "Concurso;Data Sorteio;Bola1;Bola2;Bola3;Bola4;Bola5;Rateio 5 acertos\n1;13/03/1994;25;45;60;76;79;R$75.731.225,00\n";

        var draw = Assert.Single(Read(Encoding.UTF8.GetBytes(csv)).Draws);

        Assert.Equal(7_573_122_500, draw.Quina.PrizeCents);
    }

    [Fact]
    public void Read_ShortCsv_MissingOptionalColumnsReadAsZeroAndEmpty()
    {
        var draw = Assert.Single(Read(Encoding.UTF8.GetBytes("contest,date,n1,n2,n3,n4,n5\n29,1994-07-03,20,23,31,35,76\n")).Draws);

        Assert.Equal(NumberSet.Of(20, 23, 31, 35, 76), draw.Numbers);
        Assert.Equal(new DateOnly(1994, 7, 3), draw.Date);
        Assert.Equal(default, draw.Quina);
        Assert.False(draw.PrizesKnown);
        Assert.Equal(0, draw.AccumulatedCents);
        Assert.Equal("", draw.Notes);
    }

    [Fact]
    public void Read_UnknownColumns_AreListedAsIgnored()
    {
        var result = Read(Encoding.UTF8.GetBytes("contest,date,n1,n2,n3,n4,n5,source\n1,1994-03-13,25,45,60,76,79,web\n"));

        Assert.Equal(["source"], result.IgnoredColumns);
        Assert.Single(result.Draws);
    }

    [Fact]
    public void Read_NonSeekableStream_IsBufferedAndDetected()
    {
        var bytes = Encoding.UTF8.GetBytes("contest,date,n1,n2,n3,n4,n5\n1,1994-03-13,25,45,60,76,79\n");

        var result = DrawImporter.Read(new ForwardOnlyStream(bytes));

        Assert.Equal(DrawFileFormat.Csv, result.Format);
        Assert.Single(result.Draws);
    }

    private static DrawParseResult Read(byte[] bytes) => DrawImporter.Read(new MemoryStream(bytes));

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
