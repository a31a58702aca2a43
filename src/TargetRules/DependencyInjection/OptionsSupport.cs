using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace TargetRules.DependencyInjection;

/// <summary>Checks the options when the host starts, naming every setting out of range.</summary>
internal sealed class TargetRulesOptionsValidator : IValidateOptions<TargetRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, TargetRulesOptions options)
    {
        var failures = new List<string>(options.ConfigurationErrors);
        foreach (var (setting, value, problem) in options.ToPolicy().Problems())
        {
            failures.Add($"{TargetRulesOptions.SectionName}:{setting} is {value.ToString(CultureInfo.InvariantCulture)}: {problem}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>
/// Reads the five settings from a configuration section without the reflection-based binder, so the
/// library depends only on the configuration abstractions and trims cleanly. A misspelt key or an
/// unreadable value is kept as an error and fails validation at start rather than being ignored.
/// </summary>
internal static class OptionsBinder
{
    public static void Bind(IConfiguration section, TargetRulesOptions options)
    {
        foreach (var child in section.GetChildren())
        {
            var value = child.Value;
            switch (child.Key.ToUpperInvariant())
            {
                case "APPROXIMATERATETOLERANCE":
                    Decimal(child, value, v => options.ApproximateRateTolerance = v, options);
                    break;
                case "APPROXIMATELEVELTOLERANCE":
                    Decimal(child, value, v => options.ApproximateLevelTolerance = v, options);
                    break;
                case "SYNCTOLERANCE":
                    Decimal(child, value, v => options.SyncTolerance = v, options);
                    break;
                case "BASICCOMPLETIONMEETSCOMPLETION":
                    Boolean(child, value, v => options.BasicCompletionMeetsCompletion = v, options);
                    break;
                case "ASSERTEDSTATEMENTSCOUNT":
                    Boolean(child, value, v => options.AssertedStatementsCount = v, options);
                    break;
                default:
                    options.ConfigurationErrors.Add($"{child.Path} is not a TargetRules setting; expected ApproximateRateTolerance, " +
                        "ApproximateLevelTolerance, SyncTolerance, BasicCompletionMeetsCompletion or AssertedStatementsCount.");
                    break;
            }
        }
    }

    private static void Decimal(IConfigurationSection child, string? value, Action<decimal> set, TargetRulesOptions options)
    {
        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            set(number);
        }
        else
        {
            options.ConfigurationErrors.Add($"{child.Path} is '{value}': expected a number such as 0.5.");
        }
    }

    private static void Boolean(IConfigurationSection child, string? value, Action<bool> set, TargetRulesOptions options)
    {
        if (bool.TryParse(value, out var flag))
        {
            set(flag);
        }
        else
        {
            options.ConfigurationErrors.Add($"{child.Path} is '{value}': expected true or false.");
        }
    }
}
