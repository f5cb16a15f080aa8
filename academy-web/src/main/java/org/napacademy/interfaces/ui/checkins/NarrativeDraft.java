package org.napacademy.interfaces.ui.checkins;

import jakarta.validation.constraints.Size;

/** The check-in form's narrative, as the progress report limits it. */
public class NarrativeDraft {
    @Size(max = 4000) private String achievements;
    @Size(max = 4000) private String obstacles;
    @Size(max = 4000) private String nextSteps;

    public String getAchievements() { return achievements; }
    public void setAchievements(String achievements) { this.achievements = achievements; }
    public String getObstacles() { return obstacles; }
    public void setObstacles(String obstacles) { this.obstacles = obstacles; }
    public String getNextSteps() { return nextSteps; }
    public void setNextSteps(String nextSteps) { this.nextSteps = nextSteps; }
}
