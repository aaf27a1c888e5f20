namespace StanceTracker.Console.Cluster;

/// <summary>
/// The reason for a failed call as one line. Retry and failure lines are read line by line (by operators grepping
/// standard error and by the per-article report), but driver and Orleans messages often span several lines
/// (PostgreSQL adds DETAIL and HINT, Orleans appends the grain and silo), and some are empty.
/// </summary>
public static class FailureReason
{
    public static string Of(Exception exception)
    {
        var message = exception.GetBaseException().Message;
        if (string.IsNullOrWhiteSpace(message))
            return "no message given";
        return string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
