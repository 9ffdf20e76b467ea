namespace Gongkai.Data.Configurations;

internal sealed class InfoRequestConfiguration : IEntityTypeConfiguration<InfoRequest>
{
    public void Configure(EntityTypeBuilder<InfoRequest> b)
    {
        b.ToTable("InfoRequests");
        b.HasIndex(r => r.TrackingCode).IsUnique();
        b.HasIndex(r => new { r.AgencyId, r.Status, r.DueOn });
        b.HasIndex(r => new { r.AgencyId, r.ReceivedOn });
        b.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.TrackingCode).HasMaxLength(16);
        b.Property(r => r.QueryKeyHash).HasMaxLength(64);
        b.Property(r => r.ApplicantName).HasMaxLength(100);
        b.Property(r => r.IdDocumentType).HasMaxLength(20);
        b.Property(r => r.IdDocumentNumber).HasMaxLength(40);
        b.Property(r => r.OrganizationCode).HasMaxLength(30);
        b.Property(r => r.ContactPerson).HasMaxLength(50);
        b.Property(r => r.Phone).HasMaxLength(30);
        b.Property(r => r.Email).HasMaxLength(100);
        b.Property(r => r.Address).HasMaxLength(200);
        b.Property(r => r.Subject).HasMaxLength(InfoRequest.MaxSubjectLength);
        b.Property(r => r.Description).HasMaxLength(InfoRequest.MaxDescriptionLength);
        b.Property(r => r.Purpose).HasMaxLength(500);
        b.Property(r => r.LegalBasis).HasMaxLength(500);
        b.Property(r => r.AnswerText).HasMaxLength(8000);
        b.Property(r => r.DeliveryProof).HasMaxLength(100);
        b.Property(r => r.RedirectedTo).HasMaxLength(100);
        b.Property(r => r.FeeAmount).HasPrecision(12, 2);
        b.Property(r => r.ApplicantKey).HasMaxLength(64);
        b.HasIndex(r => new { r.ApplicantKey, r.ReceivedOn });
        b.HasMany(r => r.Attachments).WithOne(a => a.Request).HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequestEventConfiguration : IEntityTypeConfiguration<RequestEvent>
{
    public void Configure(EntityTypeBuilder<RequestEvent> b)
    {
        b.ToTable("RequestEvents");
        b.Property(e => e.Actor).HasMaxLength(256);
        b.Property(e => e.Note).HasMaxLength(2000);
        b.HasIndex(e => new { e.RequestId, e.Id });
    }
}

internal sealed class RequestAttachmentConfiguration : IEntityTypeConfiguration<RequestAttachment>
{
    public void Configure(EntityTypeBuilder<RequestAttachment> b)
    {
        b.ToTable("RequestAttachments");
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.UploadedBy).HasMaxLength(256);
    }
}

internal sealed class RemedyCaseConfiguration : IEntityTypeConfiguration<RemedyCase>
{
    public void Configure(EntityTypeBuilder<RemedyCase> b)
    {
        b.ToTable("RemedyCases");
        b.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<InfoRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.AgencyId, r.FiledOn });
        b.Property(r => r.CaseNumber).HasMaxLength(100);
        b.Property(r => r.Body).HasMaxLength(100);
        b.Property(r => r.Summary).HasMaxLength(2000);
    }
}

internal sealed class LetterTemplateOverrideConfiguration : IEntityTypeConfiguration<LetterTemplateOverride>
{
    public void Configure(EntityTypeBuilder<LetterTemplateOverride> b)
    {
        b.ToTable("LetterTemplates");
        b.HasOne<Agency>().WithMany().HasForeignKey(t => t.AgencyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.AgencyId, t.Kind }).IsUnique();
        b.Property(t => t.Kind).HasMaxLength(40);
        b.Property(t => t.Title).HasMaxLength(100);
        b.Property(t => t.Body).HasMaxLength(8000);
    }
}
