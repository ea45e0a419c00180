"""Direct, indirect and mixed quotes with their speakers."""
