"""Stage 1, reading: files (text, Markdown, HTML, PDF, DOCX) to clean text and metadata (``RawDocument``).

Also the read-ahead process, datelines, language checks and per-document time limits.
"""
