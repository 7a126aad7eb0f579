using DeepSeekNews.Ingestion.Extraction;

namespace DeepSeekNews.Ingestion.Tests;

public sealed class ArabicDatesTests
{
    [Theory]
    [InlineData("نشر في 28 يناير 2025", 2025, 1, 28)]
    [InlineData("الثلاثاء 28 كانون الثاني 2025", 2025, 1, 28)]
    [InlineData("الأربعاء، ٥ شباط ٢٠٢٥", 2025, 2, 5)]
    [InlineData("آخر تحديث: ١٢ أكتوبر ٢٠٢٤م", 2024, 10, 12)]
    [InlineData("3 تشرين الأول 2023", 2023, 10, 3)]
    [InlineData("15 جوان 2024", 2024, 6, 15)]
    [InlineData("1 أيلول/سبتمبر 2022", 2022, 9, 1)]
    public void ReadsArabicDatesInTheirCommonForms(string text, int year, int month, int day)
    {
        Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), ArabicDates.Find(text));
    }

    [Theory]
    [InlineData("28 يناير 2025 - 10:30 م", 22, 30)]
    [InlineData("28 يناير 2025، الساعة 09:05 صباحاً", 9, 5)]
    [InlineData("٢٨ يناير ٢٠٢٥ | ١٤:٤٥", 14, 45)]
    public void ReadsTheClockTimeThatFollowsADate(string text, int hour, int minute)
    {
        Assert.Equal(new DateTimeOffset(2025, 1, 28, hour, minute, 0, TimeSpan.Zero), ArabicDates.Find(text));
    }

    [Theory]
    [InlineData("في عام 2025 ارتفعت الأسعار")]
    [InlineData("31 شباط 2025")]
    [InlineData("28 يناير 1850")]
    [InlineData("الفصل 12 من الكتاب")]
    public void IgnoresWhatIsNotADate(string text)
    {
        Assert.Null(ArabicDates.Find(text));
    }
}
