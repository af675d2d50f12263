namespace VocEd.Warehouse.Reference;

/// <summary>Reads the reference CSV files (see ReferenceData/SOURCES.md) and checks their internal consistency.</summary>
internal static class ReferenceDataLoader
{
    public static ReferenceDataSet Load(string dir)
    {
        var economic = ReferenceTable.Read(dir, "economic-regions.csv", "province_code", "economic_region", "name_zh")
            .Select(r => (province: r.Text("province_code"), code: r.Text("economic_region"), name: r.Text("name_zh")))
            .ToList();
        var economicByProvince = economic.ToDictionary(e => e.province, e => e.code, StringComparer.Ordinal);

        var provinces = ReferenceTable.Read(dir, "regions-provinces.csv", "code", "name")
            .Select(r =>
            {
                var code = r.Text("code");
                return economicByProvince.TryGetValue(code, out var region)
                    ? new ProvinceRef(code, r.Text("name"), region)
                    : throw new ReferenceDataException($"{r.Path}:{r.Line}: province {code} has no row in economic-regions.csv");
            })
            .ToList();
        var prefectures = ReferenceTable.Read(dir, "regions-cities.csv", "code", "name", "provinceCode")
            .Select(r => new PrefectureRef(r.Text("code"), r.Text("name"), r.Text("provinceCode")))
            .ToList();
        var counties = ReferenceTable.Read(dir, "regions-areas.csv", "code", "name", "cityCode", "provinceCode")
            .Select(r => new CountyRef(r.Text("code"), r.Text("name"), r.Text("cityCode"), r.Text("provinceCode")))
            .ToList();

        var set = new ReferenceDataSet
        {
            Directory = dir,
            Provinces = provinces,
            Prefectures = prefectures,
            Counties = counties,
            EconomicRegions = economic.DistinctBy(e => e.code).Select(e => new EconomicRegionRef(e.code, e.name)).ToList(),
            MajorCatalogs = ReferenceTable.Read(dir, "major-catalogs.csv", "catalog_code", "catalog_version", "name_zh", "effective_from", "status")
                .Select(r => new MajorCatalogRef(
                    r.Text("catalog_code"), r.Text("catalog_version"), r.Text("name_zh"), r.Date("effective_from"),
                    r.Text("status"), r.OptionalText("scope_region_code") ?? "CN", r.OptionalText("source") ?? string.Empty))
                .ToList(),
            MajorCategories = ReferenceTable.Read(dir, "major-categories.csv", "level", "category_code", "name_zh")
                .Select(r => new MajorCategoryRef(r.Text("level"), r.Text("category_code"), r.Text("name_zh"), r.OptionalText("name_en") ?? string.Empty))
                .ToList(),
            MajorClasses = ReferenceTable.Read(dir, "major-classes.csv", "associate_class_code", "name_zh")
                .Select(r => new MajorClassRef(r.Text("associate_class_code"), r.Text("name_zh"), r.OptionalText("status") ?? string.Empty))
                .ToList(),
            EducationMajors = ReferenceTable.Read(dir, "education-majors.csv", "level", "major_code", "name_zh")
                .Select(r => new EducationMajorRef(
                    r.Text("level"), r.Text("major_code"), r.Text("name_zh"),
                    r.OptionalText("is_synthetic") is { } s && s == "1", r.OptionalText("source_note") ?? string.Empty))
                .ToList(),
            TechnicalCategories = ReferenceTable.Read(dir, "technical-categories.csv", "category_prefix", "cube_code", "name_zh")
                .Select(r => new TechnicalCategoryRef(r.Text("category_prefix"), r.Text("cube_code"), r.Text("name_zh"), r.OptionalText("note") ?? string.Empty))
                .ToList(),
            TechnicalMajors = ReferenceTable.Read(dir, "technical-majors.csv", "catalog_code", "major_code", "name_zh", "category_zh")
                .Select(r => new TechnicalMajorRef(
                    r.Text("catalog_code"), r.Text("major_code"), r.Text("name_zh"), r.Text("category_zh"), r.OptionalText("source") ?? string.Empty))
                .ToList(),
            TechnicalDurations = ReferenceTable.Read(dir, "technical-program-durations.csv", "training_level", "entry_level", "duration_years")
                .Select(r => new TechnicalDurationRef(
                    r.Text("training_level"), r.OptionalText("training_level_zh") ?? string.Empty,
                    r.Text("entry_level"), r.OptionalText("entry_level_zh") ?? string.Empty, r.Int("duration_years")))
                .ToList(),
            SchoolTypes = ReferenceTable.Read(dir, "school-types.csv", "school_type", "name_zh", "track", "major_catalog", "major_level")
                .Select(r => new SchoolTypeRef(
                    r.Text("school_type"), r.Text("name_zh"), r.Text("track"), r.Text("major_catalog"), r.Text("major_level"),
                    r.OptionalInt("category_min"), r.OptionalInt("category_max")))
                .ToList(),
            IndustrySections = ReferenceTable.Read(dir, "industry-sections.csv", "section", "name_zh", "divisions", "sector")
                .Select(r =>
                {
                    var divisions = r.Text("divisions").Split('-');
                    var from = int.Parse(divisions[0], System.Globalization.CultureInfo.InvariantCulture);
                    var to = divisions.Length > 1 ? int.Parse(divisions[1], System.Globalization.CultureInfo.InvariantCulture) : from;
                    return new IndustrySectionRef(r.Text("section"), r.Text("name_zh"), r.OptionalText("name_en") ?? string.Empty, from, to, r.Int("sector"));
                })
                .ToList(),
            Crosswalk = ReferenceTable.Read(dir, "category-industry-crosswalk.csv", "associate_category_code", "industry_section", "weight", "effective_from")
                .Select(r => new CrosswalkRef("education", r.Text("associate_category_code"), r.Text("industry_section"), r.Decimal("weight"), r.Date("effective_from")))
                .Concat(ReferenceTable.Read(dir, "technical-category-industry-crosswalk.csv", "technical_category_zh", "industry_section", "weight", "effective_from")
                    .Select(r => new CrosswalkRef("technical", r.Text("technical_category_zh"), r.Text("industry_section"), r.Decimal("weight"), r.Date("effective_from"))))
                .ToList(),
            Destinations = ReferenceTable.Read(dir, "destination-codes.csv", "destination_code", "name_zh", "destination_group", "report_group", "is_placed", "is_employed", "is_further_study", "is_self_employed")
                .Select(r => new DestinationRef(
                    r.Text("destination_code"), r.Text("name_zh"), r.Text("destination_group"), r.Text("report_group"),
                    r.Bool("is_placed"), r.Bool("is_employed"), r.Bool("is_further_study"), r.Bool("is_self_employed")))
                .ToList(),
            NationalFigures = ReferenceTable.Read(dir, "national-figures.csv", "year", "scope", "metric", "value", "unit", "source")
                .Select(r => new NationalFigureRef(r.Int("year"), r.Text("scope"), r.Text("metric"), r.Decimal("value"), r.Text("unit"), r.Text("source")))
                .ToList(),
            PolicyThresholds = ReferenceTable.Read(dir, "policy-thresholds.csv", "school_type", "indicator", "comparison", "value", "unit", "level", "source")
                .Select(r => new PolicyThresholdRef(r.Text("school_type"), r.Text("indicator"), r.Text("comparison"), r.Decimal("value"), r.Text("unit"), r.Text("level"), r.Text("source")))
                .ToList(),
            SubmissionDeadlines = ReferenceTable.Read(dir, "submission-deadlines.csv", "submission_kind", "years_after", "month", "day", "source")
                .Select(r => new SubmissionDeadlineRef(r.Text("submission_kind"), r.Int("years_after"), r.Int("month"), r.Int("day"), r.Text("source")))
                .ToList(),
        };
        ReferenceDataChecker.Check(set);
        return set;
    }
}
