namespace DeepSeekNews.Api.Contracts;

/// <summary>An article to analyse without storing it. Give either <c>text</c> or <c>html</c>.</summary>
/// <param name="Text" example="قال جيم فان، مدير الأبحاث في شركة إنفيديا، إن ديب سيك DeepSeek طورت نموذج R1 بتكلفة أقل من 6 ملايين دولار.">Plain text, one paragraph per line. Offsets in the answer index this text.</param>
/// <param name="Html">A whole HTML page; the article is extracted from it first.</param>
/// <param name="Language" example="ar">"ar" or "en"; detected when omitted.</param>
public sealed record AnalyzeRequest(string? Text, string? Html, string? Language);

/// <summary>An article to analyse and store. Give <c>text</c> or <c>html</c>.</summary>
/// <param name="Text" example="أعلنت شركة OpenAI عن نموذج o3، وقال الرئيس التنفيذي سام ألتمان إن النموذج أفضل في الرياضيات.">Plain text, one paragraph per line.</param>
/// <param name="Html">A whole HTML page; the article and its metadata are extracted from it.</param>
/// <param name="Title" example="OpenAI تكشف عن o3">The headline.</param>
/// <param name="Url" example="https://www.example.com/tech/2025/01/28/openai-o3">Where the article was published; two articles with the same canonical URL are one.</param>
/// <param name="PublishedAt" example="2025-01-28T09:30:00+03:00">ISO 8601 publication time; stored in UTC.</param>
/// <param name="Language" example="ar">"ar" or "en"; detected when omitted.</param>
public sealed record CreateArticleRequest(string? Text, string? Html, string? Title, string? Url, DateTimeOffset? PublishedAt, string? Language);
