namespace VocEd.Reports.Dashboards.Data;

/// <summary>The cubes cannot give the site asked for (no data, an unknown scope or year): a mistake the user can fix.</summary>
public sealed class DashboardDataException : Exception
{
    public DashboardDataException()
    {
    }

    public DashboardDataException(string message)
        : base(message)
    {
    }

    public DashboardDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
