package vn.motcua.document;

/**
 * A stored file as its users see it: the id a dossier document refers to, the SHA-256 of its
 * content, its size, the type found in its content and the (cleaned) name it came with.
 */
public record FileInfo(
    long id, String sha256, long size, String contentType, String originalName) {}
