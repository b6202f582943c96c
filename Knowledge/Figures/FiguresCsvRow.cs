using System.Globalization;

namespace SafetyBot.Knowledge.Figures;

/// <summary>One data line of a figures CSV file, validated field by field (every problem goes to <paramref name="fields"/>' errors).</summary>
internal sealed class FiguresCsvRow(Csv.CsvFields fields)
{
    internal Observation? ToObservation(string file, IReadOnlySet<string> indicatorIds)
    {
        var indicatorId = fields.Required(FiguresCsvLayout.IndicatorId)?.ToLowerInvariant();
        if (indicatorId is not null && !indicatorIds.Contains(indicatorId))
        {
            fields.Fail(FiguresCsvLayout.IndicatorId, $"Unknown indicator '{indicatorId}'. Indicators are defined in the seed and by indicators CSV files; see the export for their ids, or load an indicators file first.");
        }

        var area = fields.Enum<Area>(FiguresCsvLayout.Area);
        var period = ParsePeriod();
        var measure = fields.Enum<Measure>(FiguresCsvLayout.Measure);
        var value = Number(FiguresCsvLayout.Value);
        var rankOf = OptionalInt(FiguresCsvLayout.RankOf);
        var footnote = OptionalInt(FiguresCsvLayout.Footnote);
        var isDerived = OptionalBool(FiguresCsvLayout.IsDerived);
        var breakdown = fields.Optional(FiguresCsvLayout.Breakdown) ?? string.Empty;
        if (breakdown.Length > 0 && (char.IsWhiteSpace(breakdown[0]) || char.IsWhiteSpace(breakdown[^1])))
        {
            // Part of the figure's identity: "females " would be another figure than "females", told apart by nothing visible.
            fields.Fail(FiguresCsvLayout.Breakdown, "A breakdown must not start or end with a space or tab (\"females \" would be a different figure from \"females\"); leave it empty for the indicator as a whole.");
        }
        else if (!Storage.IndexKey.Fits(breakdown))
        {
            // Part of the figure's indexed key, and LiteDB refuses long index keys.
            fields.Fail(FiguresCsvLayout.Breakdown, $"Too long: a breakdown is a short label (at most {Storage.IndexKey.MaxBytes} bytes).");
        }

        if (rankOf is not null && measure is not null && measure != Measure.Rank)
        {
            fields.Fail(FiguresCsvLayout.RankOf, "rank_of is only for the Rank measure.");
        }

        if (measure is not null && value is not null && OutOfRange(measure.Value, value.Value, rankOf) is { } range)
        {
            fields.Fail(FiguresCsvLayout.Value, range);
        }

        if (!fields.IsValid || indicatorId is null || area is null || period is null || measure is null || value is null)
        {
            return null;
        }

        return new Observation
        {
            IndicatorId = indicatorId,
            Area = area.Value,
            Period = period,
            Measure = measure.Value,
            Value = value.Value,
            Breakdown = breakdown,
            RankOf = rankOf,
            IsDerived = isDerived,
            Note = fields.Optional(FiguresCsvLayout.Note),
            Provenance = new Provenance
            {
                Document = fields.Optional(FiguresCsvLayout.Document) ?? file,
                Section = fields.Optional(FiguresCsvLayout.Section) ?? string.Empty,
                PeriodText = fields.Optional(FiguresCsvLayout.PeriodText),
                OriginalSource = fields.Optional(FiguresCsvLayout.Source),
                SourceId = fields.Optional(FiguresCsvLayout.SourceId),
                Footnote = footnote,
            },
        };
    }

    private Period? ParsePeriod()
    {
        var text = fields.Required(FiguresCsvLayout.Period);
        if (text is null)
        {
            return null;
        }

        if (Period.TryParse(text, out var period))
        {
            return period;
        }

        fields.Fail(FiguresCsvLayout.Period, $"'{text}' is not a period. {PeriodKeys.Forms}");
        return null;
    }

    private decimal? Number(string column)
    {
        var text = fields.Required(column);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            if (Digits(text) == Digits(value.ToString(CultureInfo.InvariantCulture)))
            {
                return value;
            }

            fields.Fail(column, $"'{text}' has more digits than a figure can keep exactly (28): round it in the spreadsheet.");
            return null;
        }

        fields.Fail(column, $"'{text}' is not a number: " + (text switch
        {
            _ when Csv.ExcelErrorValues.Is(text) => "it is an Excel error. Correct the formula in the workbook, or leave the row out (a gap stays a gap).",
            _ when text.EndsWith('%') => "write a percentage without the % sign (27 for 27%).",
            _ when text.Contains('E', StringComparison.OrdinalIgnoreCase) => "it is in scientific notation. In Excel, format the column as Number with the decimals you need, and save again.",
            _ => "use digits, an optional minus sign and a point for decimals, no thousands separators.",
        }));
        return null;
    }

    /// <summary>A number's significant digits and sign, so that "+0300.50" and "300.5" compare equal.</summary>
    private static string Digits(string number)
    {
        var negative = number.StartsWith('-');
        var parts = number.TrimStart('+', '-').Split('.');
        var digits = parts[0].TrimStart('0') + "." + (parts.Length > 1 ? parts[1].TrimEnd('0') : string.Empty);
        return negative && digits != "." ? "-" + digits : digits;
    }

    private int? OptionalInt(string column)
    {
        var text = fields.Optional(column);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        fields.Fail(column, $"'{text}' is not a positive whole number.");
        return null;
    }

    private bool OptionalBool(string column)
    {
        var text = fields.Optional(column);
        switch (text?.ToLowerInvariant())
        {
            case null or "false" or "no" or "0":
                return false;
            case "true" or "yes" or "1":
                return true;
            default:
                fields.Fail(column, $"'{text}' is not true or false.");
                return false;
        }
    }

    /// <summary>Why <paramref name="value"/> cannot be a figure of <paramref name="measure"/>, or null when it can.</summary>
    private static string? OutOfRange(Measure measure, decimal value, int? rankOf)
    {
        var whole = decimal.Truncate(value) == value;
        return measure switch
        {
            Measure.Count when !whole || value < 0 => $"{Shown(value)} is not a count: a count is a whole number, 0 or more.",
            Measure.Change when !whole => $"{Shown(value)} is not a change in volume: a change is a whole number (negative for a fall).",
            Measure.Proportion when value is < 0 or > 100 => $"{Shown(value)} is not a proportion: a proportion is a percentage from 0 to 100 (27 means 27%).",
            Measure.RatePer1000Population or Measure.RatePer100Dwellings or Measure.RatePer1000Households
                or Measure.RatePer1000BusinessPremises or Measure.Rate when value < 0 => $"{Shown(value)} is not a rate: a rate is 0 or more.",
            Measure.Rank when !whole || value < 1 || value > rankOf => rankOf is null
                ? $"{Shown(value)} is not a rank: a rank is a whole number, 1 or more."
                : $"{Shown(value)} is not a rank out of {rankOf}: a rank is a whole number from 1 to rank_of.",
            _ => null,
        };
    }

    private static string Shown(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

