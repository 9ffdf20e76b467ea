using Gongkai.Core.Catalog;
using Gongkai.Core.Reports;
using Gongkai.Core.Requests;

namespace Gongkai.Bench.Reports;

/// <summary>
/// Report facts for one township and one year, in the proportions a township sees: mostly natural persons online,
/// about 40% 予以公开 and 20% 本机关不掌握, a few withdrawn, extended or late, some carried in from December and out
/// into January. Ids start at <c>idBase</c> so that several agencies' facts can be concatenated.
/// </summary>
internal sealed class FactsGenerator(int seed)
{
    private static readonly (ApplicantType Value, int Weight)[] Applicants =
    [
        (ApplicantType.NaturalPerson, 85), (ApplicantType.Business, 8), (ApplicantType.LegalService, 3),
        (ApplicantType.OtherOrganization, 2), (ApplicantType.Research, 1), (ApplicantType.PublicInterest, 1),
    ];

    private static readonly (RequestChannel Value, int Weight)[] Channels =
    [
        (RequestChannel.Online, 55), (RequestChannel.InPerson, 15), (RequestChannel.RegisteredLetter, 12),
        (RequestChannel.OrdinaryLetter, 8), (RequestChannel.Email, 8), (RequestChannel.Fax, 2),
    ];

    // Weights per 1,000 decided requests.
    private static readonly (RequestOutcome Value, int Weight)[] Outcomes =
    [
        (RequestOutcome.Disclosed, 400), (RequestOutcome.PartiallyDisclosed, 100), (RequestOutcome.WithheldStateSecret, 3),
        (RequestOutcome.WithheldOtherLaw, 5), (RequestOutcome.WithheldSecurityStability, 2), (RequestOutcome.WithheldThirdParty, 20),
        (RequestOutcome.WithheldInternalAffairs, 10), (RequestOutcome.WithheldProcess, 20), (RequestOutcome.WithheldEnforcementFile, 5),
        (RequestOutcome.WithheldQueryMatter, 15), (RequestOutcome.UnavailableNotHeld, 220), (RequestOutcome.UnavailableWouldNeedCreating, 30),
        (RequestOutcome.UnavailableStillUnclear, 20), (RequestOutcome.NotProcessedPetition, 40), (RequestOutcome.NotProcessedRepeat, 30),
        (RequestOutcome.NotProcessedPublication, 5), (RequestOutcome.NotProcessedMassRepeated, 10), (RequestOutcome.NotProcessedReconfirm, 10),
        (RequestOutcome.OtherNoCorrection, 30), (RequestOutcome.OtherFeeUnpaid, 5), (RequestOutcome.OtherMisc, 15),
    ];

    private static readonly PublicationChannel[][] ChannelSets =
    [
        [], [], [], [PublicationChannel.WeChat], [PublicationChannel.WeChat], [PublicationChannel.WeChat, PublicationChannel.Weibo],
        [PublicationChannel.NoticeBoard], [PublicationChannel.Gazette, PublicationChannel.WeChat],
    ];

    private readonly Random _random = new(seed);

    /// <summary>
    /// One agency's facts for <paramref name="year"/>: <paramref name="received"/> requests received in the year plus
    /// about 2.5% carried in from the previous December, <paramref name="items"/> catalog items published 2015 to the
    /// year, and proportionate remedy cases, 回应解读 records and the 2021 manual figures.
    /// </summary>
    public ReportFacts AgencyYear(int year, int received, int items, int idBase)
    {
        var period = ReportPeriod.Year(year);

        // The report is compiled in mid-January: requests answered after that are still open.
        var compiledOn = period.To.AddDays(20);
        var carriedIn = Math.Max(1, received / 40);
        var requests = new List<RequestFact>(received + carriedIn);
        var id = idBase;
        for (var i = 0; i < carriedIn; i++)
        {
            requests.Add(Request(++id, period.From.AddDays(-1 - _random.Next(40)), compiledOn));
        }

        for (var i = 0; i < received; i++)
        {
            requests.Add(Request(++id, period.From.AddDays(_random.Next(365)), compiledOn));
        }

        var itemFacts = new ItemFact[items];
        var firstDay = new DateOnly(2015, 1, 1);
        var span = period.To.DayNumber - firstDay.DayNumber + 1;
        for (var i = 0; i < items; i++)
        {
            itemFacts[i] = Item(idBase + i + 1, firstDay.AddDays(_random.Next(span)));
        }

        var remedies = new RemedyFact[Math.Max(1, received / 200)];
        for (var i = 0; i < remedies.Length; i++)
        {
            var filed = period.From.AddDays(_random.Next(365));
            var decided = filed.AddDays(30 + _random.Next(120));
            var pending = decided > period.To;
            remedies[i] = new RemedyFact(
                idBase + i + 1, (RemedyKind)(1 + _random.Next(4)), filed,
                pending ? RemedyResult.Pending : (RemedyResult)(1 + (_random.Next(10) < 7 ? 0 : 1 + _random.Next(2))),
                pending ? null : decided);
        }

        var engagement = new EngagementFact[20 + _random.Next(60)];
        for (var i = 0; i < engagement.Length; i++)
        {
            engagement[i] = new EngagementFact(
                idBase + i + 1, (EngagementKind)(1 + _random.Next(7)), period.From.AddDays(_random.Next(365)), _random.Next(5) == 0);
        }

        var enteredAt = new DateTimeOffset(year + 1, 1, 10, 9, 0, 0, TimeSpan.FromHours(8));
        ManualFigure[] manual =
        [
            new("license.decisions", _random.Next(50, 2000), "办公室", enteredAt),
            new("penalty.decisions", _random.Next(0, 80), "执法队", enteredAt),
            new("coercion.decisions", _random.Next(0, 10), "执法队", enteredAt),
            new("adminFees.amount", _random.Next(0, 5000) / 100m, "财政所", enteredAt),
        ];
        return new ReportFacts(period, requests, itemFacts, remedies, engagement, manual);
    }

    private RequestFact Request(int id, DateOnly received, DateOnly compiledOn)
    {
        var applicant = Pick(Applicants);
        var channel = Pick(Channels);
        if (_random.Next(100) < 3)
        {
            var withdrawnOn = received.AddDays(1 + _random.Next(15));
            if (withdrawnOn <= compiledOn)
            {
                return new RequestFact(id, applicant, channel, received, null, null, true, withdrawnOn, false, false, 0);
            }
        }

        // 条例第三十三条: 20 working days (about 28 calendar days), +20 with approval.
        var extended = _random.Next(100) < 8;
        var days = extended ? 28 + _random.Next(28) : 3 + _random.Next(26);
        var late = _random.Next(100) < 2;
        var decided = received.AddDays(days + (late ? 5 + _random.Next(20) : 0));
        if (decided > compiledOn)
        {
            return new RequestFact(id, applicant, channel, received, null, null, false, null, extended, false, 0);
        }

        var outcome = Pick(Outcomes);
        return new RequestFact(
            id, applicant, channel, received, outcome, decided, false, null, extended, late,
            _random.Next(100) == 0 ? 10 * _random.Next(5, 50) : 0,
            Redirected: outcome == RequestOutcome.UnavailableNotHeld && _random.Next(10) < 3,
            AlreadyPublic: outcome == RequestOutcome.Disclosed && _random.Next(10) < 2);
    }

    private ItemFact Item(int id, DateOnly published)
    {
        var normative = _random.Next(100) < 8;
        var regulation = normative && _random.Next(200) == 0;
        var validity = Validity.NotApplicable;
        DateOnly? ended = null;
        if (normative)
        {
            var roll = _random.Next(10);
            validity = roll < 7 ? Validity.Effective : roll < 9 ? Validity.Expired : Validity.Repealed;
            ended = validity == Validity.Effective ? null : published.AddDays(180 + _random.Next(2000));
        }

        var withdrawn = _random.Next(200) == 0;
        return new ItemFact(
            id, normative ? "gfxwj" : "gzdt", normative, regulation, published,
            normative ? published.AddDays(-1 - _random.Next(20)) : null, validity, ended,
            ChannelSets[_random.Next(ChannelSets.Length)], withdrawn, withdrawn ? published.AddDays(1 + _random.Next(100)) : null);
    }

    private T Pick<T>((T Value, int Weight)[] weighted)
    {
        var roll = _random.Next(weighted.Sum(w => w.Weight));
        foreach (var (value, weight) in weighted)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return weighted[^1].Value;
    }
}
