namespace DeepSeekNews.Ingestion.Extraction;
public sealed class ArticleExtractor { }
