namespace VocEd.Generator.Tests;

public sealed class GeneratorOptionsTests
{
    private static readonly TimeProvider _clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));

    [Test]
    public void Parse_reads_the_documented_arguments()
    {
        var options = GeneratorOptions.Parse("province", "2024", "/tmp/x", years: "3", seed: "7", faultRate: "2%", formats: "csv, json", encoding: "gb18030", clock: _clock);

        Assert.Multiple(() =>
        {
            Assert.That(options.Scale, Is.EqualTo(GeneratorScale.Province));
            Assert.That(options.FirstYear, Is.EqualTo(2022));
            Assert.That(options.Seed, Is.EqualTo(7UL));
            Assert.That(options.FaultRate, Is.EqualTo(0.02).Within(1e-12));
            Assert.That(options.EffectiveFormats, Is.EqualTo(new[] { SubmissionFormat.Csv, SubmissionFormat.Json }));
            Assert.That(options.Encoding, Is.EqualTo(EncodingMode.Gb18030));
        });
    }

    [Test]
    public void Defaults_are_small_scale_one_year_seed_20241_no_faults_all_formats_mixed_encoding()
    {
        var options = GeneratorOptions.Parse(null, "2024", "/tmp/x", clock: _clock);

        Assert.That((options.Scale, options.Years, options.Seed, options.FaultRate, options.EffectiveFormats.Count, options.Encoding),
            Is.EqualTo((GeneratorScale.Small, 1, 20241UL, 0.0, 3, EncodingMode.Mixed)));
    }

    [TestCase("huge", "2024", null, null, "--scale 'huge' is not one of tiny, small, province, national")]
    [TestCase("tiny", "next", null, null, "--year 'next' is not a whole number")]
    [TestCase("tiny", "2026", null, null, "--year must be between 2010 and 2025 (the last year's graduates are surveyed by 30 September of the next year)")]
    [TestCase("tiny", "2024", "9", null, "--years must be between 1 and 5")]
    [TestCase("tiny", "2024", null, "lots", "--fault-rate 'lots' is not a number (e.g. 0.01 or 1%)")]
    [TestCase("tiny", "2024", null, "0.5", "--fault-rate must be a number between 0 and 0.2")]
    public void Invalid_arguments_give_a_one_line_message(string scale, string year, string? years, string? rate, string message)
    {
        var e = Assert.Throws<GeneratorOptionsException>(() => GeneratorOptions.Parse(scale, year, "/tmp/x", years, faultRate: rate, clock: _clock));

        Assert.That(e.Message, Is.EqualTo(message));
    }

    [Test]
    public void Unknown_format_is_rejected()
    {
        var e = Assert.Throws<GeneratorOptionsException>(() => GeneratorOptions.Parse("tiny", "2024", "/tmp/x", formats: "csv,parquet", clock: _clock));

        Assert.That(e.Message, Is.EqualTo("--formats: 'parquet' is not one of csv, xlsx, json"));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
