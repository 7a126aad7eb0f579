namespace DeepSeekNews.Api.Contracts;

/// <summary>An article to analyse without storing it. Give either <c>text</c> or <c>html</c>.</summary>
/// <param name="Text" example="قال جيم فان، مدير الأبحاث في شركة إنفيديا، إن ديب سيك DeepSeek طورت نموذج R1 بتكلفة أقل من 6 ملايين دولار.">Plain text, one paragraph per line. Offsets in the answer index this text.</param>
/// <param name="Html">A whole HTML page; the article is extracted from it first.</param>
/// <param name="Language" example="ar">"ar" or "en"; detected when omitted.</param>
public sealed record AnalyzeRequest(string? Text, string? Html, string? Language);

/// <summary>An article to analyse and store. Give <c>text</c>, <c>html</c>, or only <c>url</c> to have the page fetched.</summary>
/// <param name="Text" example="أعلنت شركة OpenAI عن نموذج o3، وقال الرئيس التنفيذي سام ألتمان إن النموذج أفضل في الرياضيات.">Plain text, one paragraph per line.</param>
/// <param name="Html">A whole HTML page; the article and its metadata are extracted from it.</param>
/// <param name="Title" example="OpenAI تكشف عن o3">The headline.</param>
/// <param name="Url" example="https://www.example.com/tech/2025/01/28/openai-o3">Where the article was published; two articles with the same canonical URL are one. Alone, the page is fetched and its article extracted.</param>
/// <param name="PublishedAt" example="2025-01-28T09:30:00+03:00">ISO 8601 publication time; stored in UTC.</param>
/// <param name="Language" example="ar">"ar" or "en"; detected when omitted.</param>
public sealed record CreateArticleRequest(string? Text, string? Html, string? Title, string? Url, DateTimeOffset? PublishedAt, string? Language);

/// <summary>A new catalog entity added by a curator.</summary>
/// <param name="Id" example="moonshot-ai">Stable kebab-case id; derived from the name when omitted.</param>
/// <param name="Name" example="Moonshot AI">Canonical name, in Latin script where the entity has one.</param>
/// <param name="Type" example="Organization">Organization, Person, Product or Location.</param>
/// <param name="Aliases">Spellings that name the entity on their own, e.g. ["Moonshot AI", "مونشوت"].</param>
/// <param name="CueAliases">Short or ambiguous spellings that count only after a cue word (نموذج، شركة ...) or with the owner named in the same article, e.g. ["Kimi"].</param>
/// <param name="Owner" example="alibaba">For products the maker's id, for people their organisation's id.</param>
public sealed record CreateEntityRequest(string? Id, string? Name, string? Type, IReadOnlyList<string>? Aliases, IReadOnlyList<string>? CueAliases, string? Owner);

/// <summary>A new spelling of a catalog entity.</summary>
/// <param name="Alias" example="ديب سييك">The spelling as it appears in articles; matching ignores diacritics, alef forms and case.</param>
/// <param name="NeedsCue" example="false">True for a short or ambiguous spelling that should count only with a cue word or the owner nearby.</param>
public sealed record AddAliasRequest(string? Alias, bool NeedsCue = false);

/// <summary>Which stored articles to analyse again.</summary>
/// <param name="All" example="false">True re-runs every article; false (default) only those analysed by an older rules or catalog version.</param>
/// <param name="Limit" example="500">At most this many articles in this call (1 to 5000, default 500); call again while remaining is above 0.</param>
public sealed record ReanalyzeRequest(bool All = false, int? Limit = null);

/// <summary>A feed for the scheduler to read.</summary>
/// <param name="Url" example="https://www.example.com/tech/rss.xml">An RSS 2.0, RSS 1.0 or Atom feed.</param>
/// <param name="Name" example="Example Tech">A label for people.</param>
/// <param name="Interval" example="00:30:00">How often to read it (hh:mm:ss, at least one minute; default 30 minutes).</param>
public sealed record CreateSourceRequest(string? Url, string? Name, TimeSpan? Interval);
