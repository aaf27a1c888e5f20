using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Tests.Text;

public class QuotationFinderTests
{
    [Fact]
    public void Pairs_straight_and_directional_marks()
    {
        const string text = "a \"b\" c «d \"e\" f» g “h”";
        var quotes = QuotationFinder.Find(text).Select(q => q.Of(text)).ToArray();
        Assert.Equal(["\"b\"", "«d \"e\" f»", "“h”"], quotes);
    }

    [Fact]
    public void Drops_a_mark_left_open_at_the_end_of_a_line()
    {
        const string text = "a \"b c\nd \"e\"";
        Assert.Equal(["\"e\""], QuotationFinder.Find(text).Select(q => q.Of(text)));
    }

    [Fact]
    public void Pairs_doubled_marks_of_wire_copy()
    {
        const string text = "a ``b'' c ''d, e's'' f";
        Assert.Equal(["``b''", "''d, e's''"], QuotationFinder.Find(text).Select(q => q.Of(text)));
    }

    [Fact]
    public void A_possessive_apostrophe_is_no_mark()
    {
        const string text = "the voters' choice and Lavrov's plan";
        Assert.Empty(QuotationFinder.Find(text));
    }
}
