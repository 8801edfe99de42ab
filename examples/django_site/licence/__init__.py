"""The "Apply for a fishing licence" service: question pages, check your answers, confirmation."""
