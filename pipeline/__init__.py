"""kehoach: Vietnamese government plan documents → queryable Parquet tables."""
