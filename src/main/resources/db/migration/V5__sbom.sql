-- SBOM management (module sbom). Documents are kept byte for byte and never changed; the
-- normalized components and relationships are derived from them at import.

create table sbom_document (
  id                    uuid primary key,
  version_id            uuid not null references product_version (id),
  kind                  text not null check (kind in ('PRODUCT', 'VENDOR')),
  -- product SBOMs: 1, 2, 3 … per product version; vendor SBOMs: null
  revision              int,
  -- vendor SBOMs: the component of the product version they describe (by component key)
  vendor_component_key  text,
  vendor_component_name text,
  filename              text,
  sha256                char(64) not null,
  size_bytes            bigint not null,
  content               bytea not null,
  format                text not null,
  spec_version          text,
  document_name         text,
  serial_number         text,
  assembled_at          timestamptz,
  authors               text[] not null,
  tools                 text[] not null,
  subject_ref           text,
  ntia_complete         boolean not null,
  ntia                  text not null,
  warnings              text not null,
  uploaded_at           timestamptz not null,
  uploaded_by           text not null,
  channel               text not null,
  unique (version_id, revision),
  check ((kind = 'PRODUCT') = (revision is not null)),
  check ((kind = 'VENDOR') = (vendor_component_key is not null))
);
create index sbom_document_version_idx on sbom_document (version_id, kind);

create table sbom_component (
  document_id         uuid not null references sbom_document (id),
  ordinal             int not null,
  ref                 text not null,
  type                text,
  supplier            text,
  name                text,
  version             text,
  purl                text,
  component_key       text not null,
  cpes                text[] not null,
  swid_tag_id         text,
  hashes              text[] not null,
  licenses            text[] not null,
  description         text,
  support_level       text,
  end_of_support      text,
  end_of_support_date date,
  end_of_life         date,
  properties          text not null,
  primary key (document_id, ordinal)
);
create index sbom_component_key_idx on sbom_component (component_key);
create index sbom_component_name_idx on sbom_component (lower(name));

create table sbom_relationship (
  document_id   uuid not null references sbom_document (id),
  from_ref      text not null,
  to_ref        text not null,
  type          text not null check (type in ('CONTAINS', 'DEPENDS_ON', 'DESCRIBES', 'OTHER')),
  declared_type text not null
);
create index sbom_relationship_document_idx on sbom_relationship (document_id);

-- End of support of a component entered by hand (P3), for every product that uses it: by component
-- key, for one version of the component or (version null) for all.
create table component_support (
  id             uuid primary key,
  component_key  text not null,
  version        text,
  end_of_support date not null,
  note           text not null,
  entered_by     text not null,
  entered_at     timestamptz not null
);
create unique index component_support_uq on component_support (component_key, coalesce(version, ''));
