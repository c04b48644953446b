"""Claims and quotes: statements of fact with their holders, and direct or indirect quotations."""
