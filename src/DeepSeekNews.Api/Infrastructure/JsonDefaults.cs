using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeepSeekNews.Api.Infrastructure;

/// <summary>The JSON shape of every answer and of the CLI's output: camelCase, enums as camelCase strings.</summary>
public static class JsonDefaults
{
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        // Arabic stays readable in the output instead of \u escapes.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }

    public static JsonSerializerOptions Create(bool indented = false)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = indented };
        Apply(options);
        return options;
    }
}
