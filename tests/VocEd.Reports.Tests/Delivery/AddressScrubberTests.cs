using VocEd.Reports.Delivery;

namespace VocEd.Reports.Tests.Delivery;

public sealed class AddressScrubberTests
{
    [Test]
    public void Anything_shaped_like_an_address_is_removed()
    {
        Assert.That(AddressScrubber.Scrub("5.1.1 <zhang.san@edu.gd.gov.cn>: Recipient address rejected"), Is.EqualTo("5.1.1 <[address]>: Recipient address rejected"));
        Assert.That(AddressScrubber.Scrub("mailbox a_b+c@x.cn unavailable\r\nsee li@y.cn"), Is.EqualTo("mailbox [address] unavailable see [address]"));
    }
}
