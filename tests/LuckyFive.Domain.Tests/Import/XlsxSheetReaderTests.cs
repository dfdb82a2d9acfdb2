using System.IO.Compression;
using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Draws.Import;

namespace LuckyFive.Domain.Tests.Import;

public sealed class XlsxSheetReaderTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Read_CellsWithOrWithoutReferences_GiveTheSameDraw(bool references, bool inlineStrings)
    {
        var book = new XlsxBuilder { WriteReferences = references, InlineStrings = inlineStrings }
            .Header(SampleSheet.Headers).Row(SampleSheet.Contest4085());

        var result = DrawImporter.Read(book.ToStream());

        var draw = Assert.Single(result.Draws);
        Assert.Empty(result.Rejections);
        Assert.Equal(NumberSet.Of(10, 28, 57, 75, 80), draw.Numbers);
        Assert.Equal(new TierPayout(107_722, 236), draw.Duque);
        Assert.Equal("SANTA RITA DO PASSA QUATRO/SP", draw.WinnerLocations);
    }

    [Fact]
    public void Read_NumbersWithLeadingZeros_AreReadAsNumbers()
    {
        var book = new XlsxBuilder().Header(SampleSheet.Headers).Row(SampleSheet.Row("380", "12/03/1997", "01", "07", "28", "48", "73"));

        var draw = Assert.Single(DrawImporter.Read(book.ToStream()).Draws);

        Assert.Equal(NumberSet.Of(1, 7, 28, 48, 73), draw.Numbers);
    }

    [Fact]
    public void Read_SparseReferences_LeaveSkippedCellsEmptyAndCountMissingRowsAsEmpty()
    {
        var book = new XlsxBuilder().Header("Concurso", "Data Sorteio", "Bola1", "Bola2", "Bola3", "Bola4", "Bola5", "observação")
            .RawRow("""<x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c><x:c r="B2" t="str"><x:v>13/03/1994</x:v></x:c><x:c r="C2"><x:v>25</x:v></x:c><x:c r="D2"><x:v>45</x:v></x:c><x:c r="E2"><x:v>60</x:v></x:c><x:c r="F2"><x:v>76</x:v></x:c><x:c r="G2"><x:v>79</x:v></x:c></x:row>""")
            .RawRow("""<x:row r="5"><x:c r="A5"><x:v>2</x:v></x:c><x:c r="B5" t="str"><x:v>17/03/1994</x:v></x:c><x:c r="C5"><x:v>13</x:v></x:c><x:c r="D5"><x:v>30</x:v></x:c><x:c r="E5"><x:v>58</x:v></x:c><x:c r="F5"><x:v>63</x:v></x:c><x:c r="G5"><x:v>64</x:v></x:c><x:c r="H5" t="str"><x:v>note</x:v></x:c></x:row>""")
            .RawRow("""<x:row r="6"><x:c r="A6"><x:v>3</x:v></x:c><x:c r="C6"><x:v>1</x:v></x:c></x:row>""");

        var result = DrawImporter.Read(book.ToStream());

        Assert.Equal([1, 2], result.Draws.Select(d => d.Contest));
        Assert.Equal("", result.Draws[0].Notes);
        Assert.Equal("note", result.Draws[1].Notes);
        Assert.Equal(2, result.EmptyRowsSkipped);
        Assert.Equal(new RowRejection(6, "Data Sorteio", "the value is missing"), Assert.Single(result.Rejections));
    }

    [Fact]
    public void Read_CellTypes_SharedRichInlineBooleanAndFormulaString()
    {
        var builder = new XlsxBuilder().Header("Concurso", "Data Sorteio", "Bola1", "Bola2", "Bola3", "Bola4", "Bola5", "Cidade / UF", "observação");
        var shared = builder.SharedString("SHARED");
        var book = builder.RawRow(
            "<x:row><x:c><x:v>9</x:v></x:c><x:c t=\"str\"><x:f>TEXT(A1)</x:f><x:v>01/05/1994</x:v></x:c>"
            + "<x:c t=\"n\"><x:v>05</x:v></x:c><x:c t=\"n\"><x:v>10.0</x:v></x:c><x:c><x:v>15</x:v></x:c><x:c><x:v>20</x:v></x:c><x:c><x:v>25</x:v></x:c>"
            + "<x:c t=\"inlineStr\"><x:is><x:r><x:t>SÃO </x:t></x:r><x:r><x:t>PAULO</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:is></x:c>"
            + $"<x:c t=\"s\"><x:v>{shared}</x:v></x:c></x:row>");

        var draw = Assert.Single(DrawImporter.Read(book.ToStream()).Draws);

        Assert.Equal(new DateOnly(1994, 5, 1), draw.Date);
        Assert.Equal(NumberSet.Of(5, 10, 15, 20, 25), draw.Numbers);
        Assert.Equal("SÃO PAULO", draw.WinnerLocations);
        Assert.Equal("SHARED", draw.Notes);
    }

    [Fact]
    public void Read_BooleanCell_IsTextNotANumber()
    {
        var book = new XlsxBuilder().Header("Concurso", "Data Sorteio", "Bola1", "Bola2", "Bola3", "Bola4", "Bola5")
            .RawRow("<x:row><x:c><x:v>9</x:v></x:c><x:c t=\"str\"><x:v>01/05/1994</x:v></x:c><x:c t=\"b\"><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c><x:c><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c><x:c><x:v>5</x:v></x:c></x:row>");

        var rejection = Assert.Single(DrawImporter.Read(book.ToStream()).Rejections);

        Assert.Equal(new RowRejection(2, "Bola1", "\"TRUE\" is not a whole number"), rejection);
    }

    [Theory]
    [InlineData(false, "34406")]
    [InlineData(false, "34406.75")]
    [InlineData(true, "32944")]
    public void Read_ExcelDateSerial_IsConvertedForTheWorkbookDateSystem(bool date1904, string serial)
    {
        var book = new XlsxBuilder { Date1904 = date1904 }.Header(SampleSheet.Headers).Row(SampleSheet.Row("1", "x", "25", "45", "60", "76", "79"))
            .RawRow($"<x:row><x:c><x:v>2</x:v></x:c><x:c><x:v>{serial}</x:v></x:c><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c><x:c><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c><x:c><x:v>5</x:v></x:c></x:row>");

        var result = DrawImporter.Read(book.ToStream());

        Assert.Equal(new DateOnly(1994, 3, 13), Assert.Single(result.Draws).Date);
        Assert.Equal(2, Assert.Single(result.Rejections).Row);
    }

    [Fact]
    public void Read_SheetName_IsFoundThroughWorkbookRelationshipsIgnoringCase()
    {
        var book = new XlsxBuilder { SheetName = "Resultados" }.Header(SampleSheet.Headers).Row(SampleSheet.Good(1));

        var result = DrawImporter.Read(book.ToStream(), sheetName: "RESULTADOS");

        Assert.Equal(1, Assert.Single(result.Draws).Contest);
    }

    [Fact]
    public void Read_UnknownSheet_ThrowsListingTheSheets()
    {
        var book = new XlsxBuilder().Header(SampleSheet.Headers).Row(SampleSheet.Good(1));

        var error = Assert.Throws<InvalidDataException>(() => DrawImporter.Read(book.ToStream(), sheetName: "LOTOFACIL"));

        Assert.Contains("\"LOTOFACIL\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Notes\", \"QUINA\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NullSheetName_ReadsTheFirstSheet()
    {
        var book = new XlsxBuilder().Header(SampleSheet.Headers).Row(SampleSheet.Good(1));

        // The first sheet holds no results header, so this proves which sheet was read.
        var error = Assert.Throws<InvalidDataException>(() => DrawImporter.Read(book.ToStream(), sheetName: null));

        Assert.Contains("not the results", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CorruptZip_ThrowsInvalidData()
    {
        var bytes = new byte[] { (byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0 };

        var error = Assert.Throws<InvalidDataException>(() => DrawImporter.Read(new MemoryStream(bytes)));

        Assert.Contains("not a readable .xlsx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedWorkbook_SaysTheFileIsNotReadable()
    {
        var whole = new XlsxBuilder().Header(SampleSheet.Headers).Row(SampleSheet.Good(1)).ToStream().ToArray();

        var error = Assert.Throws<InvalidDataException>(() => DrawImporter.Read(new MemoryStream(whole[..(whole.Length * 2 / 3)])));

        Assert.StartsWith("The file is not a readable .xlsx workbook: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipThatIsNotAWorkbook_SaysSo()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a spreadsheet");
        }

        stream.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => DrawImporter.Read(stream));

        Assert.Equal("The file is a zip archive but not an .xlsx workbook: it has no workbook part.", error.Message);
    }

    [Fact]
    public void Read_MissingColumns_NamesThemAndListsTheHeadersFound()
    {
        var book = new XlsxBuilder().Header("Concurso", "Data Sorteio", "Bola1", "Bola2").Row("1", "13/03/1994", "25", "45");

        var error = Assert.Throws<InvalidDataException>(() => DrawImporter.Read(book.ToStream()));

        Assert.Contains("number 3 (\"Bola3\"), number 4 (\"Bola4\"), number 5 (\"Bola5\")", error.Message, StringComparison.Ordinal);
        Assert.Contains("Found: \"Concurso\", \"Data Sorteio\", \"Bola1\", \"Bola2\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SheetWithPrizeColumns_MarksPrizesKnown()
    {
        var result = DrawImporter.Read(new XlsxBuilder().Header(SampleSheet.Headers).Row(SampleSheet.Contest4085()).ToStream());

        Assert.True(result.PrizesKnown);
        Assert.True(Assert.Single(result.Draws).PrizesKnown);
    }
}
