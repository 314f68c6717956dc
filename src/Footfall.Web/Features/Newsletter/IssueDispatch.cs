using System.Threading.Channels;

namespace Footfall.Web.Features.Newsletter;

/// <summary>
/// Issues waiting to be delivered by <see cref="IssueDispatchWorker"/> on this node. This is the hook for a
/// clustered scheduler: a job that calls <see cref="IssueDelivery.DeliverAsync"/> with the issue id can
/// replace the in-process queue without touching the use cases.
/// </summary>
public sealed class IssueDispatch
{
    private readonly Channel<Guid> _issues = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(Guid issueId) => _issues.Writer.TryWrite(issueId);

    internal ChannelReader<Guid> Reader => _issues.Reader;
}
