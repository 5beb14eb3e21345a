"""Build-time pipeline: source documents → indicator records (normalize → segment → extract)."""
