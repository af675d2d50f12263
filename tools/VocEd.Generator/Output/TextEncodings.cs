using System.Text;

namespace VocEd.Generator.Output;

/// <summary>The encodings CSV files are written in.</summary>
internal static class TextEncodings
{
    private static readonly Lazy<Encoding> _gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    public static Encoding For(string? name) => name switch
    {
        "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        "gb18030" => _gb18030.Value,
        _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
    };
}
