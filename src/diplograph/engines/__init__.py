"""Ways to run the pipeline on many documents: worker processes, or a Dask cluster."""
