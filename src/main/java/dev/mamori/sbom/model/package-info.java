/**
 * The normalized SBOM model every format is read into and written from: components with
 * their supplier, name, version, identifiers, hashes, licences and support information,
 * the relationships between them, and the document's author, tool and timestamp. Plain
 * records, no I/O.
 */
@org.springframework.modulith.NamedInterface("model")
package dev.mamori.sbom.model;
