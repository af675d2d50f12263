using VocEd.Etl.Ingest;

namespace VocEd.Etl.Tests.Ingest;

public sealed class WorkerAssignmentTests
{
    [Test]
    public void A_new_key_goes_to_the_least_busy_worker()
    {
        var assignment = new WorkerAssignment(3);
        Assert.That(new[] { assignment.Assign("a"), assignment.Assign("b"), assignment.Assign("c"), assignment.Assign("d") }, Is.EqualTo(new[] { 0, 1, 2, 0 }));
        assignment.Done("b");
        Assert.That(assignment.Assign("e"), Is.EqualTo(1), "worker 1 has finished its file");
        assignment.Done("c");
        assignment.Done("e");
        Assert.That(assignment.Assign("f"), Is.EqualTo(1), "workers 1 and 2 hold nothing; the first of them");
    }

    [Test]
    public void Files_of_a_key_held_by_a_worker_go_to_that_worker_however_busy_until_it_has_none_left()
    {
        var assignment = new WorkerAssignment(2);
        Assert.That(assignment.Assign("school|2024"), Is.EqualTo(0));
        Assert.That(assignment.Assign("other"), Is.EqualTo(1));
        Assert.That(assignment.Assign("school|2024"), Is.EqualTo(0), "a correction queued behind the first file");
        Assert.That(assignment.Assign("third"), Is.EqualTo(1));
        Assert.That((assignment.Held(0), assignment.Held(1)), Is.EqualTo((2, 2)));

        assignment.Done("school|2024");
        assignment.Done("other");
        assignment.Done("third");
        Assert.That(assignment.Assign("school|2024"), Is.EqualTo(0), "worker 0 still holds one file of the key");
        assignment.Done("school|2024");
        assignment.Done("school|2024");
        Assert.That((assignment.Held(0), assignment.Held(1)), Is.EqualTo((0, 0)));
        Assert.That(assignment.Assign("x"), Is.EqualTo(0));
        Assert.That(assignment.Assign("school|2024"), Is.EqualTo(1), "the key is free again: the least busy worker");
    }

    [Test]
    public void Finishing_a_file_never_assigned_is_an_error() =>
        Assert.That(() => new WorkerAssignment(2).Done("nothing"), Throws.InvalidOperationException);
}
