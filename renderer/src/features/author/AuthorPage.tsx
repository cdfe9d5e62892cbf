export function AuthorPage() {
  return (
    <div className="page-intro">
      <h1>Author</h1>
      <p>
        This is where trainers will write courses: a course library, a Markdown editor with a live preview that is the
        player itself, problems shown at their line, images, post import and course packs.
      </p>
    </div>
  );
}
