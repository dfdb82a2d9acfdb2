using LuckyFive.Domain.Draws;

namespace LuckyFive.Grains.Simulations;

/// <summary>Cuts a range into batches of at most <c>batchSize</c> contests that exist in the history.</summary>
internal static class SimulationPlan
{
    public static void Fill(SimulationRecord record, DrawHistory history, int fromContest, int toContest, int batchSize)
    {
        var first = new List<int>();
        var last = new List<int>();
        var counts = new List<int>();
        var inBatch = 0;
        foreach (var draw in history.Draws)
        {
            if (draw.Contest < fromContest || draw.Contest > toContest)
            {
                continue;
            }

            if (inBatch == 0)
            {
                first.Add(draw.Contest);
                last.Add(draw.Contest);
                counts.Add(0);
            }

            last[^1] = draw.Contest;
            counts[^1]++;
            inBatch = (inBatch + 1) % batchSize;
        }

        record.BatchFirst = [.. first];
        record.BatchLast = [.. last];
        record.BatchContests = [.. counts];
    }
}
