using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using DeepSeekNews.Ingestion.Extraction;

// Usage: ExtractBench IN_DIR OUT_DIR
// Writes OUT_DIR/NAME.txt (body) and OUT_DIR/NAME.json (metadata) for every IN_DIR/NAME.html and
// prints the throughput of reading, decoding and extracting (process start-up excluded).
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: ExtractBench IN_DIR OUT_DIR");
    return 2;
}
var (input, output) = (args[0], args[1]);
Directory.CreateDirectory(output);
var files = Directory.GetFiles(input, "*.html").Order(StringComparer.Ordinal).ToList();
var extractor = new ArticleExtractor();
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

var results = new List<(string Name, ExtractedArticle Article)>(files.Count);
var clock = Stopwatch.StartNew();
foreach (var file in files)
    results.Add((Path.GetFileNameWithoutExtension(file), extractor.ExtractFile(file)));
clock.Stop();

foreach (var (name, article) in results)
{
    File.WriteAllText(Path.Combine(output, name + ".txt"), article.Text + "\n");
    File.WriteAllText(Path.Combine(output, name + ".json"), JsonSerializer.Serialize(article with { Text = "" }, json));
}
var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine($"deepseeknews: {files.Count} pages in {seconds:0.00} s = {files.Count / seconds:0.0} pages/s");
return 0;
