using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text)
        => SentenceSplitter.Split(text).Select(s => s.Span.Of(text)).ToArray();

    [Fact]
    public void A_quote_spanning_a_full_stop_stays_in_one_sentence()
    {
        const string text = "ووصف الرئيس حفتر بالانقلابي الذي \"أظهر وجهه. وهناك دول تدعمه\". وأضاف أنه مستمر.";
        Assert.Equal(["ووصف الرئيس حفتر بالانقلابي الذي \"أظهر وجهه. وهناك دول تدعمه\".", "وأضاف أنه مستمر."], Split(text));
    }

    [Fact]
    public void Guillemets_and_curly_quotes_pair_too()
    {
        const string text = "قال «نحن هنا. لن نغادر» ثم غادر. He said “we stay. Really” and left.";
        Assert.Equal(["قال «نحن هنا. لن نغادر» ثم غادر.", "He said “we stay. Really” and left."], Split(text));
    }

    [Fact]
    public void Arabic_question_mark_ends_a_sentence_but_arabic_comma_and_semicolon_do_not()
    {
        const string text = "هل انتهت الحرب؟ قال إنها لم تنته، وإن القتال مستمر؛ وأضاف ذلك.";
        Assert.Equal(["هل انتهت الحرب؟", "قال إنها لم تنته، وإن القتال مستمر؛ وأضاف ذلك."], Split(text));
    }

    [Fact]
    public void Line_breaks_end_sentences_and_unclosed_quotes_do_not_cross_them()
    {
        const string text = "عنوان بلا نقطة\nقال \"كلام بلا إغلاق\nسطر جديد.";
        Assert.Equal(["عنوان بلا نقطة", "قال \"كلام بلا إغلاق", "سطر جديد."], Split(text));
    }

    [Fact]
    public void Abbreviations_and_decimals_do_not_split()
    {
        const string text = "The U.S. envoy met Gen. Haftar. Growth was 3.5 percent!";
        Assert.Equal(["The U.S. envoy met Gen. Haftar.", "Growth was 3.5 percent!"], Split(text));
    }

    [Fact]
    public void Double_dot_outside_quotes_is_a_break()
    {
        const string text = "السراج وأردوغان يخاطبان الدول.. تحول بموقف موسكو";
        Assert.Equal(2, Split(text).Length);
    }

    [Fact]
    public void A_party_label_abbreviation_in_parentheses_ends_no_sentence()
    {
        const string text = "Sen. Jane Doe (D-Ore.) warned of delays. (See the chart.) Then she left.";
        Assert.Equal(["Sen. Jane Doe (D-Ore.) warned of delays.", "(See the chart.)", "Then she left."], Split(text));
    }
}
